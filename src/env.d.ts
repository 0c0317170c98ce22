declare module 'virtual:handbook/config' {
  const config: import('./schemas/config.ts').HandbookConfig;
  export default config;
}
declare module 'virtual:handbook/theme.css';
