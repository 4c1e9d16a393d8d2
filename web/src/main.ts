import './kb-app/kb-app.js';
