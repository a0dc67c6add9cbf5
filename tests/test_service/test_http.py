"""HTTP readiness: HEAD on every GET route, `Allow` on 405, and `serve`/`demo` refusing a busy
port before printing a URL, naming the setting that changes it."""

from __future__ import annotations

import socket
import sys

import pytest
from conftest import FakeEmbedder, sample_text_plans
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from index import corpus
from service.app import create_app
from service.listen import PortInUse, bind
from service.settings import Settings


@pytest.fixture(scope="module")
def live_client(tmp_path_factory, tokenizer):
    index_dir = tmp_path_factory.mktemp("http-index")
    corpus.add(sample_text_plans()[:2], index_dir, FakeEmbedder(), tokenizer)
    settings = Settings(index_dir=index_dir, reload_interval=3600, admin_token="t")
    with TestClient(create_app(settings, embedder=FakeEmbedder())) as client:
        yield client


def get_routes(app) -> list[str]:
    """Paths of every GET route, the included routers' too."""
    found, todo = set(), list(app.routes)
    while todo:
        route = todo.pop()
        if hasattr(route, "original_router"):
            todo.extend(route.original_router.routes)
        elif isinstance(route, APIRoute) and "GET" in route.methods:
            found.add(route.path)
    return sorted(found)


def test_head_answers_on_every_get_route_like_get_without_a_body(live_client):
    row_id = live_client.get("/api/search", params={"q": "到府服務", "k": 1}).json()["hits"][0]["row_id"]
    paths = get_routes(live_client.app)
    assert {"/", "/api/search", "/api/health", "/admin/upload", "/rows/{row_id}"} <= set(paths)
    plan_id = live_client.get("/api/plans").json()["plans"][0]["plan_id"]
    needs = {"/api/search": {"q": "到府服務"}, "/api/ask": {"q": "到府服務"}, "/api/trend": {"q": "到府服務"},
             "/api/export": {"ids": row_id, "format": "csv"}, "/api/compare": {"a": plan_id, "b": plan_id},
             "/api/compare/export": {"a": plan_id, "b": plan_id, "format": "csv"},
             "/api/peers": {"plan": plan_id}}
    for path in paths:
        url = path.replace("{row_id}", row_id).replace("{plan_id}", plan_id)
        params = needs.get(path, {})
        got, head = live_client.get(url, params=params), live_client.head(url, params=params)
        assert head.status_code == got.status_code == 200, path
        assert head.content == b"" and head.headers["content-type"] == got.headers["content-type"], path
        assert head.headers["content-length"] == str(len(got.content)), path


@pytest.mark.parametrize("method,path,allow", [
    ("POST", "/api/search", "GET, HEAD"), ("DELETE", "/api/health", "GET, HEAD"), ("OPTIONS", "/api/ask", "GET, HEAD"),
    ("PUT", "/", "GET, HEAD"), ("OPTIONS", "/rows/abc", "GET, HEAD"), ("PUT", "/api/admin/upload", "POST"),
    ("DELETE", "/admin/upload", "GET, HEAD, POST"),
])
def test_405_names_the_allowed_methods(live_client, method, path, allow):
    response = live_client.request(method, path)
    assert response.status_code == 405
    assert sorted(response.headers["allow"].split(", ")) == sorted(allow.split(", "))
    if path.startswith("/api"):
        assert response.json()["error"]["code"] == "method_not_allowed"
    else:
        assert "text/html" in response.headers["content-type"]


def busy_port() -> socket.socket:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    return sock


def test_binding_a_busy_port_names_the_settings_that_change_it():
    with busy_port() as sock:
        port = sock.getsockname()[1]
        with pytest.raises(PortInUse, match=rf"port {port} on 127.0.0.1 is already in use.*--port {port + 1}.*PLANSEARCH_PORT={port + 1}"):
            bind("127.0.0.1", port)


@pytest.mark.parametrize("command", ["serve", "demo"])
def test_serve_and_demo_on_a_busy_port_fail_before_printing_the_url(command, tmp_path, monkeypatch, capsys):
    from service.cli import main

    with busy_port() as sock:
        port = sock.getsockname()[1]
        monkeypatch.setattr(sys, "argv", ["plansearch", command, "--index", str(tmp_path / "index"), "--port", str(port)])
        with pytest.raises(SystemExit) as exit_info:
            main()
    out = capsys.readouterr()
    assert exit_info.value.code == 1
    assert "http://" not in out.out and "building" not in out.out
    assert out.err.strip().splitlines() == [out.err.strip()] and "--port" in out.err and "PLANSEARCH_PORT" in out.err
    assert not (tmp_path / "index" / "current").exists()  # demo did not start a build first
