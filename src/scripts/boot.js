(()=>{var D=document,o=D.documentElement.dataset,k="handbook-theme",t,s;try{t=localStorage.getItem(k)}catch(e){}
o.redirect&&location.replace(o.redirect+location.hash);o.query=location.search;
o.theme=t||(matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light");
function L(f){(s||=import(/* @vite-ignore */o.module)).then(f)}
addEventListener("click",e=>{var b=e.target.closest?.("[data-theme-toggle],[data-action]");if(b?.dataset.action)L(x=>x.act(b,e));else if(b){o.theme=t=o.theme=="dark"?"light":"dark";try{localStorage.setItem(k,t)}catch(e){}}});
addEventListener("keydown",e=>{var i;e.key!="/"||e.ctrlKey||e.metaKey||e.altKey||e.target.matches?.("input,textarea,select,[contenteditable]")||!(i=D.querySelector("[data-search-input]"))||(e.preventDefault(),i.focus())});
addEventListener("focusin",e=>{e.target.matches?.("[data-search-input]")&&L(x=>x.attach(D))})})()
