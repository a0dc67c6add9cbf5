"""Fuzz the API against its own OpenAPI schema (schemathesis, fixed seed, bounded examples):
no request may give a 5xx, and every error has the one JSON error shape. Runs every
operation's strategy under hypothesis directly (schemathesis' lazy pytest fixture does not
work with pytest 9)."""

from __future__ import annotations

import pytest
import schemathesis
from conftest import FakeEmbedder, sample_text_plans
from hypothesis import HealthCheck, given, settings

from index import corpus
from index.search import Searcher
from service.app import create_app
from service.settings import Settings

EXAMPLES = 40


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory, tokenizer):
    index_dir = tmp_path_factory.mktemp("fuzz-index")
    corpus.add(sample_text_plans(), index_dir, FakeEmbedder(), tokenizer)
    searcher = Searcher.open(index_dir, FakeEmbedder(), tokenizer=tokenizer)
    app = create_app(Settings(index_dir=index_dir, admin_token="fuzz-token-nobody-guesses"), searcher=searcher)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def check_response(case, seen: set) -> None:
    response = case.call()
    seen.add((case.path, response.status_code))
    assert response.status_code < 500, f"{case.method} {case.formatted_path} → {response.status_code}: {response.text[:300]}"
    if response.status_code >= 400:
        error = response.json()["error"]
        assert set(error) == {"status", "code", "message", "field"} and error["status"] == response.status_code
        assert error["message"]


def test_no_request_gives_a_server_error(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/search", "/api/ask", "/api/rows/{row_id}", "/api/health", "/api/admin/upload"}
    seen: set = set()
    for operation in operations:
        fuzz = settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
                        suppress_health_check=list(HealthCheck))(given(case=operation.as_strategy())(lambda case: check_response(case, seen)))
        fuzz()
    # the fuzz reached the handlers: answers, refusals of bad input, and the locked upload
    assert {("/api/search", 422), ("/api/ask", 422), ("/api/admin/upload", 401), ("/api/health", 200), ("/api/plans", 200)} <= seen
