# Fresco in a container, from this repository:
#   docker build -t fresco .
#   docker run -d --name fresco -p 8080:8080 -v fresco-data:/var/lib/fresco --restart unless-stopped fresco
# The first stage builds the release (`npm run release`, the registry is needed then); the image holds
# only that folder on node:20-slim and downloads nothing when it runs.
# mDNS is off: a container's own network does not reach the room's wifi. With `--network host`, add
# `-e MDNS=fresco` to announce fresco.local.
FROM node:20-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run release

FROM node:20-slim
COPY --from=build /src/release/fresco /opt/fresco
RUN mkdir -p /var/lib/fresco && chown node:node /var/lib/fresco
ENV PORT=8080 HOST=0.0.0.0 DATA_DIR=/var/lib/fresco MDNS=off
USER node
WORKDIR /var/lib/fresco
VOLUME /var/lib/fresco
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Fresco stores what is pending on SIGTERM (`docker stop` waits 10 s by default; give it --time 30).
STOPSIGNAL SIGTERM
CMD ["/opt/fresco/bin/fresco"]
