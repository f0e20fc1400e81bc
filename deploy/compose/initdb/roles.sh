#!/bin/sh
# Run once by the postgres image, as its superuser, when the database volume is empty: the two roles and the database
# of README's "Running against an external PostgreSQL". The application migrates as the owner and works as the
# application role, which owns nothing and is subject to row-level security.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v owner_password="$DORPSKRACHT_DB_OWNER_PASSWORD" -v application_password="$DORPSKRACHT_DB_PASSWORD" <<'SQL'
create role dorpskracht_owner login password :'owner_password' nosuperuser nocreaterole nocreatedb nobypassrls;
create role dorpskracht_app login password :'application_password' nosuperuser nocreaterole nocreatedb nobypassrls;
create database dorpskracht owner dorpskracht_owner;
SQL
