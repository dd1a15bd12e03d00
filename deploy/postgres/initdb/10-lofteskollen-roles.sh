#!/bin/sh
# The postgres image runs this once, when it initialises an empty data directory (a new volume), as
# POSTGRES_USER against POSTGRES_DB over the local socket: it creates Löfteskollen's roles with
# deploy/postgres/roles.sql, mounted at /lofteskollen/roles.sql. The passwords come from the container's
# environment (docker-compose.yml takes them from .env); none is written here.
#
# A volume initialised before this script existed never runs it: then run roles.sql once by hand (README,
# "Deploying").
: "${LOFTESKOLLEN_OWNER_PASSWORD:?LOFTESKOLLEN_OWNER_PASSWORD is not set}"
: "${LOFTESKOLLEN_COMMAND_PASSWORD:?LOFTESKOLLEN_COMMAND_PASSWORD is not set}"
: "${LOFTESKOLLEN_QUERY_PASSWORD:?LOFTESKOLLEN_QUERY_PASSWORD is not set}"

psql -X -q -v ON_ERROR_STOP=1 \
     --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v owner_password="$LOFTESKOLLEN_OWNER_PASSWORD" \
     -v command_password="$LOFTESKOLLEN_COMMAND_PASSWORD" \
     -v query_password="$LOFTESKOLLEN_QUERY_PASSWORD" \
     -f /lofteskollen/roles.sql
