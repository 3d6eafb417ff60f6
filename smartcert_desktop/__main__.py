from smartcert_desktop.cli.main import run

run()
