# One image for every Village process; docker-compose.yml picks the command:
#   node apps/api/src/main.ts            API (VILLAGE_ROLE=api) or BullMQ workers (VILLAGE_ROLE=worker)
#   node apps/web/server.js              the web server: pages, and /api proxied to the API
#   node apps/api/src/cli/main.ts …      operator commands (migrate, user create)
# Node 24 runs the API's TypeScript directly (type stripping), so only the web app is built.

FROM node:24-slim AS base
# pnpm 12 is a native binary; corepack is not used (its signature check fails on some machines).
RUN npm install -g --allow-scripts=pnpm pnpm@12 && pnpm --version
WORKDIR /app
ENV CI=true
# Manifests first, so dependency layers are reused while only source changes.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/domain/package.json packages/domain/

FROM base AS build
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build

# What runs: production dependencies only (the web build bundles its own).
FROM base AS prod-deps
RUN pnpm install --frozen-lockfile --prod

FROM node:24-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=prod-deps /app/package.json /app/pnpm-workspace.yaml ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=prod-deps /app/apps/api/node_modules ./apps/api/node_modules
COPY --from=prod-deps /app/packages/domain/node_modules ./packages/domain/node_modules
COPY migrations ./migrations
COPY packages/domain/package.json ./packages/domain/
COPY packages/domain/src ./packages/domain/src
COPY apps/api/package.json ./apps/api/
COPY apps/api/src ./apps/api/src
COPY apps/web/package.json apps/web/server.js ./apps/web/
COPY --from=build /app/apps/web/build ./apps/web/build
USER node
EXPOSE 3000 3001
CMD ["node", "apps/api/src/main.ts"]
