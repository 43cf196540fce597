-- Runs once, on an empty data volume (docker-entrypoint-initdb.d): one database per service, so no
-- service can read another's tables; they share only events, through Kafka.
CREATE DATABASE accord_states;
CREATE DATABASE accord_cities;
CREATE DATABASE accord_civil_society;
CREATE DATABASE accord_secretariat;
CREATE DATABASE accord_agencies;
CREATE DATABASE accord_gateway;
