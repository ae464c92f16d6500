import { render } from 'preact';
import '@/assets/popup.css';
import { App } from './App';

const root = document.getElementById('app');
// Fail loudly: a missing mount point means index.html and this file have drifted apart.
if (!root) throw new Error('Popup mount point #app not found');
render(<App />, root);
