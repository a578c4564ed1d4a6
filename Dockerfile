# The BFF with the built sidebar, as docker-compose.yml runs it.
FROM node:20-slim
WORKDIR /app
RUN npm install -g pnpm@12.21.0
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build
ENV NODE_ENV=production
EXPOSE 3000
USER node
CMD ["pnpm", "start:bff"]
