from __future__ import annotations

import pytest

from server.settings import SettingsError, load_settings


def test_defaults_serve_on_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings()
    assert settings.host == "127.0.0.1" and settings.port == 8000


def test_an_unknown_sa_variable_fails_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SA_PROT", "9000")
    with pytest.raises(SettingsError, match=r"SA_PROT.*known settings.*SA_PORT"):
        load_settings()


def test_an_invalid_value_fails_naming_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SA_PORT", "ninety")
    with pytest.raises(SettingsError, match="SA_PORT"):
        load_settings()


def test_a_negative_query_cache_fails_naming_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SA_QUERY_CACHE", "-1")
    with pytest.raises(SettingsError, match="SA_QUERY_CACHE"):
        load_settings()


def test_warming_more_sentences_than_the_memories_hold_fails_naming_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SA_WARM_SENTENCES", "1000000")
    with pytest.raises(SettingsError, match="SA_WARM_SENTENCES"):
        load_settings()


def test_an_llm_url_must_be_http(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SA_LLM_URL", "ftp://model")
    with pytest.raises(SettingsError, match="SA_LLM_URL"):
        load_settings()


def test_the_llm_must_time_out_before_the_request_does(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SA_LLM_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("SA_LLM_TIMEOUT_SECONDS", "30")
    with pytest.raises(SettingsError, match="llm_timeout_seconds must be shorter"):
        load_settings()


def test_the_postgres_backend_needs_a_database_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SA_BACKEND", "postgres")
    with pytest.raises(SettingsError, match="SA_BACKEND=postgres needs SA_DATABASE_URL"):
        load_settings()


def test_a_database_url_of_another_scheme_fails_without_repeating_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SA_BACKEND", "postgres")
    monkeypatch.setenv("SA_DATABASE_URL", "mysql://app:s3cret@db/sa")
    with pytest.raises(SettingsError, match="SA_DATABASE_URL") as raised:
        load_settings()
    assert "s3cret" not in str(raised.value)
