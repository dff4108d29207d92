"""Transcripts as tests: every ``*.t`` here runs on a fresh copy of the default root image;
those in ``v6/`` (what V6 itself had) also run on the genuine pack, whose binaries are the
oracle for our output formats.

A transcript that pins no model runs under the default one (forkexec) and, in the slow
step, on the default image under every other model in strict mode: the same output
whatever way the system makes processes, and no program of ours reaching for a primitive
of a model that is not current.  A pinned one (``model: NAME``) runs under its own model.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.simh import genuine_pack
from v6.kernel.creation import DEFAULT, MODELS
from v6.shell import mkroot, transcript


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.suffix == ".t":
        return TranscriptFile.from_parent(parent, path=file_path)
    return None


class TranscriptFile(pytest.File):
    def collect(self):  # noqa: ANN201
        images = ["default"]
        if self.path.parent.name == "v6":
            images.append("pack")
        for image in images:
            yield TranscriptItem.from_parent(self, name=image, image=image)
        if transcript.parse(self.path.read_text(encoding="latin-1")).model is None:
            for model in sorted(set(MODELS) - {DEFAULT}):
                item = TranscriptItem.from_parent(self, name=f"default-strict-{model}",
                                                  image="default", model=model)
                item.add_marker(pytest.mark.slow)
                yield item


class TranscriptItem(pytest.Item):
    def __init__(self, *, image: str, model: str | None = None, **kw: object) -> None:
        super().__init__(**kw)
        self.image = image
        self.model = model

    def runtest(self) -> None:
        image = self._image()
        options = transcript.Options(self.model, strict=True) if self.model else None
        failures = transcript.run_file(self.path, image, options)
        if failures:
            raise TranscriptMismatch("".join(f.diff for f in failures))

    def _image(self) -> Path:
        if self.image == "default":
            missing = [p for p in ("/etc/init", "/bin/sh") if p not in mkroot.commands()]
            if missing:
                pytest.skip(f"the default image cannot log in yet: no {', '.join(missing)}")
            return mkroot.default_image()
        data = genuine_pack()
        if data is None:
            pytest.skip("genuine V6 root pack not found")
        path = Path(self.config.cache.makedir("v6pack")) / "pack.img"
        if not path.exists():      # written whole, then renamed: test workers share it
            partial = path.with_suffix(f".{os.getpid()}")
            partial.write_bytes(data)
            partial.replace(path)
        return path

    def repr_failure(self, excinfo: pytest.ExceptionInfo) -> str:
        if isinstance(excinfo.value, TranscriptMismatch):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int, str]:
        under = f" under strict {self.model}" if self.model else ""
        return self.path, 0, f"{self.path.name} on {self.image}{under}"


class TranscriptMismatch(AssertionError):
    """What a transcript's commands showed that it did not expect (unified diffs)."""


