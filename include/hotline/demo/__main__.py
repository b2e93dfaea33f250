"""`python -m hotline.demo ...`: see `hotline.demo.cli`."""

import sys

from hotline.demo.cli import main

sys.exit(main())
