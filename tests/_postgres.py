"""A throwaway PostgreSQL server for the tests: Debian's binaries, a temporary folder, a Unix socket.

PostgreSQL refuses to run as root, and CI runs as root: the cluster then belongs to the unprivileged user
``nobody`` (its folder is handed to it) and the server is started through ``runuser``. It listens only on a
socket in its folder, trusts every local connection (nothing else can reach it) and is stopped and removed at
the end of the session. ``SMARTCERT_TEST_POSTGRES=URL`` points the tests at an existing server instead.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

ENV_VAR = "SMARTCERT_TEST_POSTGRES"
USER = "smartcert"
DATABASE = "smartcert_test"
PASSWORD_USER = "staff_pw"  # a role that must give a password (scram-sha-256), for the prompt's tests
PASSWORD = "s3cret pw"


class ServerMissing(RuntimeError):
    pass


def binaries() -> Path:
    """The newest ``/usr/lib/postgresql/*/bin`` that has ``initdb`` and ``pg_ctl``."""
    found = sorted((Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")),
                   key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    for folder in reversed(found):
        if (folder / "pg_ctl").exists():
            return folder
    raise ServerMissing("PostgreSQL's server binaries are missing (/usr/lib/postgresql/*/bin/initdb); install the "
                        "Debian package postgresql, which python3 packaging/bootstrap.py test does")


class Cluster:
    """``start()`` it, connect to :attr:`url`, ``stop()`` it."""

    def __init__(self) -> None:
        self.bin = binaries()
        self.root = Path(tempfile.mkdtemp(prefix="smartcert-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root
        self.log = self.root / "server.log"
        self._as: list[str] = []
        if os.geteuid() == 0:
            try:
                nobody = pwd.getpwnam("nobody")
            except KeyError:
                raise ServerMissing("running as root and there is no user 'nobody' to run PostgreSQL as") from None
            os.chown(self.root, nobody.pw_uid, nobody.pw_gid)
            runuser = shutil.which("runuser")
            if runuser is None:
                raise ServerMissing("running as root and runuser (util-linux) is missing")
            self._as = [runuser, "-u", "nobody", "--"]
        self.started = False

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self._as, *args], cwd=self.root, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, check=False)
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed ({result.returncode}):\n{result.stdout}\n{log}")

    def start(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text("unused\n")
        if self._as:
            os.chown(pwfile, pwd.getpwnam("nobody").pw_uid, -1)
        # Korean collation (ICU), as an agency's server would have: text does not sort as in SQLite there.
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", USER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--locale-provider=icu", "--icu-locale=ko-KR", "--no-sync")
        # A password role first (scram), every other local connection trusted.
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"local all {PASSWORD_USER} scram-sha-256\nlocal all all trust\n")
        options = f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off -c max_connections=60"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")
        self.started = True
        self.psql("postgres", f"CREATE DATABASE {DATABASE}")
        self.psql(DATABASE, f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}'; "
                            f"GRANT CREATE ON DATABASE {DATABASE} TO {PASSWORD_USER}")

    def psql(self, database: str, sql: str) -> str:
        result = subprocess.run([str(self.bin / "psql"), "-h", str(self.socket_dir), "-U", USER, "-d", database,
                                 "-v", "ON_ERROR_STOP=1", "-At", "-c", sql], stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"psql: {result.stdout}")
        return result.stdout

    @property
    def url(self) -> str:
        return f"postgresql://{USER}@/{DATABASE}?host={self.socket_dir}"

    @property
    def password_url(self) -> str:
        return f"postgresql://{PASSWORD_USER}@/{DATABASE}?host={self.socket_dir}"

    def stop(self) -> None:
        if self.started:
            subprocess.run([*self._as, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
                           cwd=self.root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)

