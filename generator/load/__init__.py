"""Loading and validating YAML question banks, with every problem located by line and column."""

from .files import find_bank_files, resolve_bank
from .loading import load_bank, load_bank_nodes
from .locate import position
from .problems import BankInvalid, BankNotFound, Problem

__all__ = ["BankInvalid", "BankNotFound", "Problem", "find_bank_files", "load_bank",
           "load_bank_nodes", "position", "resolve_bank"]
