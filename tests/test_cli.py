"""The v6 command's last guard: a bug of ours is one line and exit status 70."""

import pytest

from v6 import cli


def _broken(monkeypatch):
    def boom(args):
        raise ZeroDivisionError("division by zero")

    parser = cli.build_parser()
    real = parser.parse_args

    def parse(argv=None):
        args = real(argv)
        args.run = boom
        return args

    monkeypatch.setattr(parser, "parse_args", parse)
    monkeypatch.setattr(cli, "build_parser", lambda: parser)


def test_an_unexpected_exception_is_one_line(monkeypatch, capsys):
    _broken(monkeypatch)
    monkeypatch.delenv("V6_DEBUG", raising=False)
    assert cli.main(["bench", "cpu"]) == 70
    err = capsys.readouterr().err
    assert err == ("v6: internal error (ZeroDivisionError: division by zero); this is a bug "
                   "in v6 - V6_DEBUG=1 shows where\n")


def test_v6_debug_lets_the_traceback_through(monkeypatch):
    _broken(monkeypatch)
    monkeypatch.setenv("V6_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        cli.main(["bench", "cpu"])
