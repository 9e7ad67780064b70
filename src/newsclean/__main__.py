"""``python -m newsclean``."""

from .cli import main

raise SystemExit(main())
