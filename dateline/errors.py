"""Every error dateline raises on purpose.

    DatelineError
     ├── InputError            an input cannot be read as an article
     │    ├── EmptyInputError  nothing left to code (0 bytes, no body, only boilerplate)
     │    ├── BinaryInputError not text (images, archives, executables)
     │    ├── EncodingError    bytes whose encoding cannot be determined
     │    └── FetchError       a URL that cannot or may not be fetched
     ├── ConfigError           bad settings, flags or dates given by the user
     ├── ResourceError         a model or gazetteer is missing or corrupt
     ├── DataFileError         a user data file (gazetteer dump, alias file, ACLED export) is malformed
     └── StageError            a pipeline stage failed on one document (recorded, batch goes on)

The CLI prints ``str(error)`` on one line and exits non-zero; it never shows a traceback for these.
"""


class DatelineError(Exception):
    """Base of every error dateline raises on purpose."""


class InputError(DatelineError):
    def __init__(self, name: str, message: str):
        self.name = name
        super().__init__(f"{name}: {message}")


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class EncodingError(InputError):
    pass


class FetchError(InputError):
    pass


class ConfigError(DatelineError):
    pass


class ResourceError(DatelineError):
    pass


class DataFileError(DatelineError):
    def __init__(self, path: str, line: int | None, message: str):
        self.path, self.line = path, line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class StageError(DatelineError):
    def __init__(self, document: str, stage: str, message: str):
        self.document, self.stage = document, stage
        super().__init__(f"{document}: {stage} failed: {message}")
