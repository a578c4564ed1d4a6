import type { Express } from 'express';

/** One route as Express declares it: the method and the full path with its `:params`. */
export interface DeclaredRoute {
  method: string;
  path: string;
}

interface Layer {
  rawPath?: string | string[];
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

const join = (...parts: string[]) =>
  `/${parts
    .join('/')
    .split('/')
    .filter((part) => part !== '')
    .join('/')}`;

function collect(stack: readonly Layer[], prefix: string, into: DeclaredRoute[]): void {
  for (const layer of stack) {
    const mounts = Array.isArray(layer.rawPath) ? layer.rawPath : [layer.rawPath ?? '/'];
    if (layer.route) {
      for (const method of Object.keys(layer.route.methods).filter((name) => name !== '_all')) {
        into.push({ method: method.toUpperCase(), path: join(prefix, layer.route.path) });
      }
    } else if (layer.handle?.stack) {
      for (const mount of mounts) collect(layer.handle.stack, join(prefix, mount), into);
    }
  }
}

/** Every route of the app, read from Express's own router, so that a route added later cannot be missed. */
export function declaredRoutes(app: Express): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  collect((app as unknown as { router: { stack: Layer[] } }).router.stack, '/', routes);
  return [...new Map(routes.map((route) => [`${route.method} ${route.path}`, route])).values()];
}
