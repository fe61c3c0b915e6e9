import { createApp } from 'vue';
import { defineElements } from '@evident/elements';
import App from './App.vue';

defineElements();
createApp(App).mount('#app');
