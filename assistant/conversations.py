"""Conversations held by id, so the CLI, the web page and the API can continue one.

With a directory, the file is the truth: every read goes to it and every append re-reads it
under a file lock, so a CLI and a server (or two requests) adding to one conversation lose
no turn. Temp files have unique names. Ids follow one documented rule (`CONVERSATION_ID`);
old conversations expire by count and age, so throwaway ones do not pile up.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.base import Turn
from assistant.errors import InvalidIdError

try:  # POSIX; elsewhere threads are still serialised by the in-process lock
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

MAX_TURNS = 50
CONVERSATION_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
CONVERSATION_ID_RULE = "1-64 characters from A-Z a-z 0-9 _ -"
MEMORY_ONLY_KEEP = 256


@dataclass
class Conversation:
    id: str
    turns: list[Turn] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "turns": [asdict(t) for t in self.turns]}


def check_conversation_id(conversation_id: str) -> str:
    """The id, or InvalidIdError naming the rule (a 300-character id is a 4xx, not a crash)."""
    if not CONVERSATION_ID.fullmatch(conversation_id or ""):
        shown = conversation_id[:40] + ("…" if len(conversation_id) > 40 else "")
        raise InvalidIdError(f"bad conversation id {shown!r}: use {CONVERSATION_ID_RULE}")
    return conversation_id


class ConversationStore:
    """One JSON file per conversation under `directory`, or a bounded memory map without one."""

    def __init__(self, directory: Path | None, keep: int = 1000, keep_days: float = 30.0):
        self.directory = directory
        self.keep = keep
        self.keep_days = keep_days
        self._memory: OrderedDict[str, Conversation] = OrderedDict()
        self._lock = threading.Lock()
        self._files = 0  # conversation files, as last counted plus those created since
        if directory is not None and directory.is_dir():
            self.prune()

    # ------------------------------------------------------------------ reads
    def new(self) -> Conversation:
        return Conversation(id=uuid.uuid4().hex[:16])

    def get(self, conversation_id: str) -> Conversation | None:
        check_conversation_id(conversation_id)
        if self.directory is None:
            with self._lock:
                return self._memory.get(conversation_id)
        turns = self._read(self._path(conversation_id))
        return None if turns is None else Conversation(conversation_id, turns)

    def get_or_new(self, conversation_id: str | None) -> Conversation:
        if not conversation_id:
            return self.new()
        return self.get(conversation_id) or Conversation(id=conversation_id)

    # ----------------------------------------------------------------- writes
    def append(self, conv: Conversation, turn: Turn) -> None:
        """Add a turn to what is stored now (another process may have added one meanwhile)."""
        if self.directory is None:
            with self._lock:
                stored = self._memory.pop(conv.id, None) or conv
                turns = (list(stored.turns) + [turn])[-MAX_TURNS:]
                self._memory[conv.id] = Conversation(conv.id, turns)
                while len(self._memory) > MEMORY_ONLY_KEEP:
                    self._memory.popitem(last=False)
            conv.turns = turns
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self._path(conv.id)
        with self._locked():
            on_disk = self._read(path)
            turns = ((on_disk or []) + [turn])[-MAX_TURNS:]
            tmp = path.with_name(f".{conv.id}.{uuid.uuid4().hex}.tmp")
            data = {"id": conv.id, "turns": [asdict(t) for t in turns]}
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        conv.turns = turns
        if on_disk is None:
            with self._lock:
                self._files += 1
                sweep = self._files > self.keep
            if sweep:
                self.prune()

    def prune(self) -> int:
        """Remove conversations beyond `keep` (least recently written first; down to a tenth
        below it, so that the next sweep is some conversations away) or too old."""
        if self.directory is None or not self.directory.is_dir():
            return 0
        cutoff = time.time() - self.keep_days * 86400
        files = []
        for path in self.directory.glob("*.json"):
            try:
                files.append((path.stat().st_mtime, path))
            except FileNotFoundError:
                continue
        files.sort(reverse=True)
        # over the limit, down to a tenth below it: at the limit, every new conversation would
        # otherwise read the whole folder again (18 ms a question at 1,000 conversations)
        kept = self.keep - max(1, self.keep // 10) if len(files) > self.keep else self.keep
        doomed = [p for i, (mtime, p) in enumerate(files) if i >= kept or mtime < cutoff]
        for path in doomed:
            path.unlink(missing_ok=True)
        with self._lock:
            self._files = len(files) - len(doomed)
        return len(doomed)

    # --------------------------------------------------------------- helpers
    def _path(self, conversation_id: str) -> Path:
        assert self.directory is not None
        return self.directory / f"{check_conversation_id(conversation_id)}.json"

    @staticmethod
    def _read(path: Path) -> list[Turn] | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        return [_turn(t) for t in data["turns"]]

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Exclusive across threads and processes: one lock file for the folder."""
        assert self.directory is not None
        with self._lock, open(self.directory / ".lock", "a") as handle:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                if fcntl is not None:
                    fcntl.flock(handle, fcntl.LOCK_UN)


def _turn(data: dict) -> Turn:
    """A stored turn; files written before a field existed simply lack it."""
    known = {k: v for k, v in data.items() if k in Turn.__dataclass_fields__}
    known["doc_ids"] = tuple(known.get("doc_ids", ()))
    known["event_ids"] = tuple(known.get("event_ids", ()))
    return Turn(**known)
