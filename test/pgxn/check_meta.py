#!/usr/bin/env python3
"""check_meta.py — META.json against the PGXN Meta Spec 1.0.0 and the tree.

Usage: check_meta.py SOURCE_DIR [--dist WORK_DIR]

Checks what the spec requires (name, abstract, version, maintainer, license,
provides, meta-spec) and the form of what it allows (SemVer versions, terms,
licenses, prereq phases, relationships and version ranges, release_status,
no_index), then that it tells the truth about this tree: the version is the
control file's default_version (as SemVer: 1.2 -> 1.2.0), the extension's
install script for that version is the file `provides` names, PostgreSQL >= 13
and libpq are runtime prerequisites. With --dist, runs `make dist` into
WORK_DIR and checks the zip: named pgschemadiff-VERSION.zip, every entry under
one top-level folder pgschemadiff-VERSION/, META.json and the control file in
it. Prints one line per failure; exit status 1 when any.
"""
import json
import os
import re
import subprocess
import sys
import zipfile

SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$")
RANGE_ITEM = re.compile(r"^(?:(?:[=!]=|[<>]=?)\s*)?(.+)$")
TERM = re.compile(r"^[^\s/\\\x00-\x1f]{2,}$")
LICENSES = {
    "agpl_3", "apache_1_1", "apache_2_0", "artistic_1", "artistic_2", "bsd", "freebsd",
    "gfdl_1_2", "gfdl_1_3", "gpl_1", "gpl_2", "gpl_3", "lgpl_2_1", "lgpl_3_0", "mit",
    "mozilla_1_0", "mozilla_1_1", "openssl", "perl_5", "postgresql", "qpl_1_0", "ssleay",
    "sun", "zlib", "open_source", "restricted", "unrestricted", "unknown",
}
PHASES = {"configure", "build", "test", "runtime", "develop"}
RELATIONS = {"requires", "recommends", "suggests", "conflicts"}
REQUIRED = ["name", "abstract", "version", "maintainer", "license", "provides", "meta-spec"]

failures = []


def fail(message):
    failures.append(message)
    print("not ok - " + message)


def version_range_ok(text):
    if not isinstance(text, str):
        return False
    for item in text.split(","):
        m = RANGE_ITEM.match(item.strip())
        if not m or not (m.group(1) == "0" or SEMVER.match(m.group(1))):
            return False
    return True


def semver_of(control_version):
    parts = control_version.split(".")
    while len(parts) < 3:
        parts.append("0")
    return ".".join(parts)


def check_meta(source):
    try:
        with open(os.path.join(source, "META.json"), encoding="utf-8") as f:
            meta = json.load(f)
    except (OSError, ValueError) as e:
        fail("META.json is not valid JSON: %s" % e)
        return None
    if not isinstance(meta, dict):
        fail("META.json is not an object")
        return None
    for key in REQUIRED:
        if key not in meta:
            fail("META.json lacks the required key %r" % key)
    spec = meta.get("meta-spec", {})
    if not isinstance(spec, dict) or spec.get("version") != "1.0.0":
        fail("meta-spec.version is not 1.0.0: %r" % spec)
    if not TERM.match(str(meta.get("name", ""))):
        fail("name is not a term: %r" % meta.get("name"))
    if not isinstance(meta.get("abstract"), str) or not meta.get("abstract"):
        fail("abstract is not a non-empty string")
    version = meta.get("version")
    if not isinstance(version, str) or not SEMVER.match(version):
        fail("version is not a SemVer: %r" % version)
    maintainer = meta.get("maintainer")
    if isinstance(maintainer, str):
        maintainer = [maintainer]
    if not isinstance(maintainer, list) or not maintainer or \
            not all(isinstance(m, str) and m for m in maintainer):
        fail("maintainer is not a string or a non-empty list of strings")
    license_ = meta.get("license")
    if isinstance(license_, str):
        if license_ not in LICENSES:
            fail("license %r is not one the spec names" % license_)
    elif isinstance(license_, list):
        if not license_ or any(l not in LICENSES for l in license_):
            fail("license list names a license the spec does not")
    elif not (isinstance(license_, dict) and license_):
        fail("license is neither a name, a list nor an object")
    provides = meta.get("provides")
    if not isinstance(provides, dict) or not provides:
        fail("provides is not a non-empty object")
        provides = {}
    for ext, p in provides.items():
        if not TERM.match(ext):
            fail("provides: %r is not a term" % ext)
        if not isinstance(p, dict) or "file" not in p or "version" not in p:
            fail("provides.%s lacks file or version" % ext)
            continue
        if not SEMVER.match(str(p["version"])):
            fail("provides.%s.version is not a SemVer: %r" % (ext, p["version"]))
        for key in ("file", "docfile"):
            if key in p and not os.path.isfile(os.path.join(source, p[key])):
                fail("provides.%s.%s names a file the tree lacks: %s" % (ext, key, p[key]))
    prereqs = meta.get("prereqs", {})
    if not isinstance(prereqs, dict):
        fail("prereqs is not an object")
        prereqs = {}
    for phase, relations in prereqs.items():
        if phase not in PHASES:
            fail("prereqs: unknown phase %r" % phase)
            continue
        for relation, names in relations.items():
            if relation not in RELATIONS:
                fail("prereqs.%s: unknown relationship %r" % (phase, relation))
                continue
            for name, rng in names.items():
                if not TERM.match(name) or not version_range_ok(rng):
                    fail("prereqs.%s.%s: %r: %r is not a version range" % (phase, relation, name, rng))
    if meta.get("release_status", "stable") not in ("stable", "testing", "unstable"):
        fail("release_status is not stable, testing or unstable")
    for key, items in meta.get("no_index", {}).items():
        if key not in ("file", "directory") or not isinstance(items, list):
            fail("no_index.%s is not a list of files or directories" % key)
    if "tags" in meta and not all(isinstance(t, str) and 0 < len(t) < 256 for t in meta["tags"]):
        fail("tags are not strings")

    # The tree: the control file's version, its install script, the prereqs.
    with open(os.path.join(source, "pgschemadiff.control"), encoding="utf-8") as f:
        m = re.search(r"^default_version\s*=\s*'([^']+)'", f.read(), re.M)
    control = m.group(1) if m else None
    if control is None:
        fail("pgschemadiff.control has no default_version")
        return meta
    if version != semver_of(control):
        fail("version %r is not the control file's default_version %r (as SemVer %r)"
             % (version, control, semver_of(control)))
    ext = provides.get("pgschemadiff")
    if not isinstance(ext, dict):
        fail("provides lacks the extension pgschemadiff")
    else:
        if ext.get("version") != semver_of(control):
            fail("provides.pgschemadiff.version %r is not %r" % (ext.get("version"), semver_of(control)))
        if ext.get("file") != "pgschemadiff--%s.sql" % control:
            fail("provides.pgschemadiff.file %r is not the install script of %s" % (ext.get("file"), control))
    runtime = prereqs.get("runtime", {}).get("requires", {})
    pg = runtime.get("PostgreSQL", "")
    if not re.match(r"^(>=\s*)?13\.0\.0$", str(pg)):
        fail("prereqs.runtime.requires.PostgreSQL is not 13.0.0 (>= 13): %r" % pg)
    if "libpq" not in runtime:
        fail("prereqs.runtime.requires lacks libpq")
    return meta


def check_dist(source, work, version):
    os.makedirs(work, exist_ok=True)
    name = "pgschemadiff-%s" % version
    zip_path = os.path.join(work, name + ".zip")
    if os.path.exists(zip_path):
        os.remove(zip_path)
    r = subprocess.run(["make", "-s", "-C", source, "dist", "DIST_DIR=" + os.path.abspath(work)],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    if r.returncode != 0:
        fail("make dist failed: %s" % r.stdout.strip())
        return
    if not os.path.isfile(zip_path):
        fail("make dist did not write %s (%s)" % (zip_path, r.stdout.strip()))
        return
    with zipfile.ZipFile(zip_path) as z:
        names = z.namelist()
    outside = [n for n in names if not n.startswith(name + "/")]
    if not names or outside:
        fail("%s.zip: entries outside the top-level folder %s/: %s" % (name, name, outside[:5]))
    for needed in ("META.json", "pgschemadiff.control", "Makefile", "pgschemadiff--1.0.sql"):
        if name + "/" + needed not in names:
            fail("%s.zip lacks %s/%s" % (name, name, needed))
    if any("/.git/" in n for n in names):
        fail("%s.zip contains .git" % name)
    if not failures:
        print("ok - make dist wrote %s.zip, %d entries under %s/" % (name, len(names), name))


def main(argv):
    if len(argv) not in (2, 4) or (len(argv) == 4 and argv[2] != "--dist"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    source = argv[1]
    meta = check_meta(source)
    if meta is not None and not failures:
        print("ok - META.json is valid for PGXN Meta Spec 1.0.0 and matches the control file (%s)"
              % meta["version"])
    if len(argv) == 4 and meta is not None and isinstance(meta.get("version"), str):
        check_dist(source, argv[3], meta["version"])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
