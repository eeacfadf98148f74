# PostgreSQL 18 with WAL-G (https://github.com/wal-g/wal-g), the continuous archiving of
# docker-compose.yml. Set WALG_SHA256 to the release's checksum (checked when set); change both
# together to upgrade. Built only where the release site is reachable.
FROM postgres:18
ARG WALG_VERSION=v3.0.7
ARG WALG_SHA256=
ADD https://github.com/wal-g/wal-g/releases/download/${WALG_VERSION}/wal-g-pg-22.04-amd64.tar.gz /tmp/wal-g.tar.gz
RUN set -eux; \
    if [ -n "$WALG_SHA256" ]; then echo "$WALG_SHA256  /tmp/wal-g.tar.gz" | sha256sum -c -; fi; \
    tar -xzf /tmp/wal-g.tar.gz -C /tmp; \
    install -m 0755 /tmp/wal-g-pg-22.04-amd64 /usr/local/bin/wal-g; \
    rm -f /tmp/wal-g.tar.gz /tmp/wal-g-pg-22.04-amd64; \
    wal-g --version
