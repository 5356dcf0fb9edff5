# mailmoat gateway image. Runs the TypeScript sources through tsx (no build step), as the
# unprivileged "node" user; inside the container SMTP listens on 2525 (inbound) and 2587
# (outbound relay from your mail server) — map host port 25 to 2525.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
# better-sqlite3 ships prebuilt binaries; the toolchain is only a fallback for other platforms
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    MAILMOAT_DATADIR=/data \
    MAILMOAT_RULES=/app/rules \
    MAILMOAT_SMTP_INBOUND_PORT=2525 \
    MAILMOAT_SMTP_OUTBOUND_PORT=2587 \
    MAILMOAT_WEB_HOST=0.0.0.0 \
    MAILMOAT_WEB_PORT=8080
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY rules ./rules
COPY web ./web
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 2525 2587 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.MAILMOAT_WEB_PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# exec form: SIGTERM from `docker stop` reaches mailmoat, which finishes open transactions
ENTRYPOINT ["node", "--no-regexp-tier-up", "bin/mailmoat.js"]
CMD ["start"]
