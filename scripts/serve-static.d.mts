import type { Server } from 'node:http';
export function serveStatic(dir: string, port?: number, host?: string): Promise<{ server: Server; url: string }>;
