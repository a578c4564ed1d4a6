# The BFF with the built sidebar, as docker-compose.yml runs it.
#
# build:   the whole workspace with its dev dependencies (the esbuild bundle of the BFF, the Vite build of the
#          sidebar), then `pnpm deploy --prod`: apps/bff's package.json, its dist/ and its production
#          dependencies only, in /deploy.
# runtime: that directory at apps/bff plus the sidebar's dist/ and the migrations, in the repository's layout
#          (the BFF finds them relative to the repository root), run by plain node as the unprivileged `node` user.
FROM node:20-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12.21.0
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build
RUN pnpm --filter @c360/bff deploy --prod /deploy

FROM node:20-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /deploy apps/bff
COPY --from=build /app/apps/sidebar/dist apps/sidebar/dist
COPY --from=build /app/prisma/migrations prisma/migrations
USER node
EXPOSE 3000
# Ready means the store (and Redis, when configured) answers, not only that the process listens.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT || 3000}/readyz`).then((res) => process.exit(res.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "apps/bff/dist/server.js"]
