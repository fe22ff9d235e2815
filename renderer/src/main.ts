import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { applyTheme } from './theme.ts';

applyTheme(matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
mount(App, { target: document.getElementById('app')! });
