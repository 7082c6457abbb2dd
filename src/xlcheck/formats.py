"""The names of the input and report formats: one list for the command line (which must
start without importing the stages) and for the stages that implement them."""

# Segment-pair formats --input-format accepts (load/ reads each).
INPUT_FORMATS = ("tsv", "csv", "jsonl", "xliff", "tmx", "po")
# Report formats --format accepts (report/ renders each).
REPORT_FORMATS = ("text", "json", "html", "junit", "sarif", "github")
# Languages of the reader's reports (text, HTML): i18n/ holds a catalog for each.
UI_LANGS = ("en", "ja", "zh")
