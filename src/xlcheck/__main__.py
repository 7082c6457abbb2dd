"""`python -m xlcheck`: the same command line as `xlcheck`."""

from xlcheck.cli import main

if __name__ == "__main__":
    main(prog_name="xlcheck")
