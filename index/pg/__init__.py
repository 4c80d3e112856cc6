"""The PostgreSQL + pgvector backend: generations, search signals and state in one database."""
