"""The app for uvicorn's worker processes (SA_WORKERS > 1): each builds it from the settings in
its environment, so nothing but the environment crosses from the parent process."""

from __future__ import annotations

from fastapi import FastAPI

from server.app import create_app
from server.connections import HeaderDeadline
from server.runtime import make_assistant
from server.settings import load_settings


def create() -> FastAPI:
    settings = load_settings()
    HeaderDeadline.seconds = settings.body_timeout_seconds
    return create_app(settings, loader=lambda: make_assistant(settings))
