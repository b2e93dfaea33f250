"""Hotline Watch: monthly request counts of the «Хочу найти» / «Хочу жить» hotlines.

The pure core (parse, extract, validate, detect) imports neither Airflow, requests nor DuckDB;
side effects live in fetch (HTTP), store (DuckDB) and notify (Apprise).
"""

__version__ = "0.1.0"
