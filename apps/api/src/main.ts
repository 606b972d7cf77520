import 'reflect-metadata';
import { start } from './bootstrap/start';

void start({ withWorker: process.argv.includes('--with-worker') });
