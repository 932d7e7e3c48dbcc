"""Matrix products of the spaCy components through numpy's OpenBLAS, on one thread.

Why: thinc's CPU ops multiply with the BLIS copy that ships with spaCy; numpy's OpenBLAS picks
a kernel for the CPU it runs on and was ≈3× faster on the products tok2vec and the recogniser
make (≈90 against ≈33 GFLOP/s for 2,000×288 by 288×288 on an AVX-512 machine; docs/speed.md).
OpenBLAS must run on one thread: with its default of one thread per core, the same products
took twice the CPU time on a shared two-core machine.

The swap is scoped: :func:`fast_matmul` sets the ops of the given components and OpenBLAS's
thread count only while the block runs and puts both back, so other users of the same loaded
spaCy model (plain ``nlp(text)`` calls in the same process) keep spaCy's own ops. When numpy's
BLAS is not an OpenBLAS whose thread count can be set (another BLAS, another platform), nothing
changes. Outputs were identical on the fixture articles (the products differ in the last bits
only); a test compares a parse both ways.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
from collections.abc import Iterator
from pathlib import Path

#: (get, set) thread-count functions of OpenBLAS builds: numpy's own wheels prefix them.
_THREAD_FUNCTIONS = (
    ("scipy_openblas_get_num_threads64_", "scipy_openblas_set_num_threads64_"),
    ("scipy_openblas_get_num_threads", "scipy_openblas_set_num_threads"),
    ("openblas_get_num_threads64_", "openblas_set_num_threads64_"),
    ("openblas_get_num_threads", "openblas_set_num_threads"),
)


@functools.lru_cache(maxsize=1)
def openblas_threads():
    """``(get, set)`` for the thread count of the OpenBLAS numpy loaded, or None."""
    if not _numpy_uses_openblas():
        return None
    for path in _loaded_libraries():
        if "openblas" not in path.name.lower():
            continue
        try:
            lib = ctypes.CDLL(str(path))
        except OSError:
            continue
        for get_name, set_name in _THREAD_FUNCTIONS:
            get, set_ = getattr(lib, get_name, None), getattr(lib, set_name, None)
            if get is not None and set_ is not None:
                get.restype, get.argtypes = ctypes.c_int, []
                set_.restype, set_.argtypes = None, [ctypes.c_int]
                return get, set_
    return None


def _numpy_uses_openblas() -> bool:
    """numpy says it was built with OpenBLAS (importing it loads the library)."""
    import numpy

    config = getattr(numpy.__config__, "CONFIG", {})
    blas = config.get("Build Dependencies", {}).get("blas", {})
    return "openblas" in str(blas.get("name", "")).lower()


def _loaded_libraries() -> list[Path]:
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:  # not Linux: no way to find the library here
        return []
    paths = {line.split(None, 5)[5] for line in maps.splitlines()
             if len(line.split(None, 5)) == 6 and ".so" in line}
    return sorted(Path(p) for p in paths if p.startswith("/"))


@functools.lru_cache(maxsize=1)
def _numpy_ops():
    from thinc.api import NumpyOps

    return NumpyOps(use_blis=False)  # gemm through numpy.dot; every other op unchanged


@contextlib.contextmanager
def fast_matmul(components) -> Iterator[bool]:
    """Run the block with ``components``' models (those that have one) multiplying through
    one-thread OpenBLAS. Not for one model used from several threads at once (neither is a
    spaCy pipeline): the thread count is the process's, and ops are put back per block.

    Yields whether the swap happened (False when numpy's BLAS is not a usable OpenBLAS).
    """
    threads = openblas_threads()
    if threads is None:
        yield False
        return
    get, set_ = threads
    models = [getattr(component, "model", None) for component in components]
    nodes = [node for model in models if model is not None for node in model.walk()]
    saved_ops, saved_threads = [node.ops for node in nodes], get()
    ops = _numpy_ops()
    try:
        set_(1)
        for node in nodes:
            node.ops = ops
        yield True
    finally:
        for node, old in zip(nodes, saved_ops):
            node.ops = old
        set_(saved_threads)
