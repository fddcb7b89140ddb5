# syntax=docker/dockerfile:1
# Build stage: wheels for sixk and its dependencies.
FROM python:3.11-slim AS build
WORKDIR /src
RUN pip install --no-cache-dir --upgrade pip wheel
COPY pyproject.toml README.md ./
COPY app ./app
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

# Runtime stage: slim, non-root, migrations on start, health-checked.
FROM python:3.11-slim AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DATABASE_URL=sqlite:////var/lib/sixk/sixk.sqlite3
RUN groupadd --system sixk && useradd --system --gid sixk --home-dir /srv/sixk sixk \
    && mkdir -p /srv/sixk /var/lib/sixk && chown sixk:sixk /var/lib/sixk
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
WORKDIR /srv/sixk
COPY --chown=sixk:sixk migrations ./migrations
COPY --chown=sixk:sixk data/filings ./data/filings
USER sixk
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status == 200 else 1)"
# `sixk serve` applies the migrations before it starts serving.
CMD ["sixk", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
