"""smartcert: the smart city certification (스마트도시 인증) program and command line."""

__version__ = "0.1.0"
