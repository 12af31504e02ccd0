"""Conversations held by id, so the CLI, the web page and the API can continue one."""

from __future__ import annotations

import json
import threading
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.base import Turn

MAX_TURNS = 50


@dataclass
class Conversation:
    id: str
    turns: list[Turn] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "turns": [asdict(t) for t in self.turns]}


class ConversationStore:
    """In memory, mirrored to one JSON file per conversation when a directory is given."""

    def __init__(self, directory: Path | None):
        self.directory = directory
        self._items: dict[str, Conversation] = {}
        self._lock = threading.Lock()

    def new(self) -> Conversation:
        conv = Conversation(id=uuid.uuid4().hex[:16])
        with self._lock:
            self._items[conv.id] = conv
        return conv

    def get(self, conversation_id: str) -> Conversation | None:
        with self._lock:
            conv = self._items.get(conversation_id)
        if conv is None and self.directory is not None and conversation_id.isalnum():
            path = self.directory / f"{conversation_id}.json"
            if path.is_file():
                data = json.loads(path.read_text(encoding="utf-8"))
                turns = [_turn(t) for t in data["turns"]]
                conv = Conversation(id=conversation_id, turns=turns)
                with self._lock:
                    self._items[conversation_id] = conv
        return conv

    def get_or_new(self, conversation_id: str | None) -> Conversation:
        if conversation_id:
            conv = self.get(conversation_id)
            if conv is not None:
                return conv
            conv = Conversation(id=conversation_id)
            with self._lock:
                self._items[conversation_id] = conv
            return conv
        return self.new()

    def append(self, conv: Conversation, turn: Turn) -> None:
        with self._lock:
            conv.turns.append(turn)
            del conv.turns[:-MAX_TURNS]
        if self.directory is not None and conv.id.isalnum():
            self.directory.mkdir(parents=True, exist_ok=True)
            path = self.directory / f"{conv.id}.json"
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(conv.to_dict(), ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)


def _turn(data: dict) -> Turn:
    """A stored turn; files written before a field existed simply lack it."""
    known = {k: v for k, v in data.items() if k in Turn.__dataclass_fields__}
    known["doc_ids"] = tuple(known.get("doc_ids", ()))
    known["event_ids"] = tuple(known.get("event_ids", ()))
    return Turn(**known)
