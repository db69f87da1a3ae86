# syntax=docker/dockerfile:1
# The notes site as an image, built the way the notes teach it: a Node stage builds the static
# site, and an unprivileged nginx serves dist/ with the project's own config (deploy/nginx.conf).
#   docker build -t docker-k8s-notes .
#   docker run --rm -p 8080:8080 docker-k8s-notes      → http://localhost:8080
# Versions (checked 2026-12): Node 24.21.0, the version package.json pins; nginx 1.30.4, the
# current stable line, on Alpine 3.24.

# ---- build: Node 24 on Debian (the project's npm scripts run the `node` devDependency, a glibc
# binary, so not Alpine's musl)
FROM node:24.21.0-trixie-slim AS build
WORKDIR /src
# Dependencies first: this layer is reused until package.json or the lockfile changes.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The build checks every note, snippet and link, and fails on any problem; then the .gz twins
# for gzip_static.
RUN npm run build && node deploy/precompress.mjs dist

# ---- serve: nginx as user 101, port 8080, nothing but the config and the site
FROM nginxinc/nginx-unprivileged:1.30.4-alpine3.24-slim
COPY deploy/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /src/dist /usr/share/nginx/html
USER 101
EXPOSE 8080
# nginx itself, not the image's entrypoint scripts: they rewrite files under /etc/nginx, which a
# read-only root filesystem (deploy/k8s/deployment.yaml) does not allow, for configs we do not use.
ENTRYPOINT ["nginx", "-g", "daemon off;"]
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/healthz || exit 1
