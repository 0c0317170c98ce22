(()=>{var d=document.documentElement,k="handbook-theme",t,s;try{t=localStorage.getItem(k)}catch(e){}
function a(v){d.dataset.theme=v;document.querySelectorAll("[data-theme-toggle]").forEach(b=>b.setAttribute("aria-pressed",v=="dark"))}
a(t||(matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"));
document.addEventListener("DOMContentLoaded",()=>a(d.dataset.theme));
addEventListener("click",e=>{if(e.target.closest?.("[data-theme-toggle]")){t=d.dataset.theme=="dark"?"light":"dark";a(t);try{localStorage.setItem(k,t)}catch(e){}}});
addEventListener("keydown",e=>{var x=e.target,i;if(e.key=="/"&&!(e.ctrlKey||e.metaKey||e.altKey||x.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(x.tagName))&&(i=document.querySelector("[data-search-input]"))){e.preventDefault();i.focus()}});
addEventListener("focusin",e=>{e.target.matches?.("[data-search-input]")&&(s||=import(/* @vite-ignore */d.dataset.searchModule).then(x=>x.attach(document)))})})()
