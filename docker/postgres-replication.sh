#!/bin/sh
# Runs once, when the primary's data folder is created: lets the standby (postgres-replica) stream WAL
# from it as the owner, with a password, over the compose network.
set -e
echo "host replication ${POSTGRES_USER} all scram-sha-256" >> "$PGDATA/pg_hba.conf"
