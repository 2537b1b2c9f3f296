"""Checks docker/ without a Docker engine (see tests/docker/README.md).

Runs the Dockerfile's build stage (WORKDIR, COPY honouring docker/Dockerfile.dockerignore, RUN dotnet ...)
in a temp directory standing for the image's filesystem, starts the published /app/mutualaid the way the
runtime stage and compose.yaml do (their ENV/environment, ENTRYPOINT, CMD; only the data directory and the
loopback port differ), and checks compose.yaml and the Caddyfile for what the image relies on.
Prints PASS:/FAIL: lines and "N passed, N failed"; exit status 1 when anything failed.
"""
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

import yaml

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DOCKER = os.path.join(REPO, "docker")
WAIT_SECONDS = int(os.environ.get("MUTUALAID_DOCKER_CHECK_WAIT", "60"))
results = {"passed": 0, "failed": 0}


class Abort(Exception):
    """A step that later steps depend on failed."""


def passed(what):
    results["passed"] += 1
    print(f"PASS: {what}", flush=True)


def failed(what, detail=""):
    results["failed"] += 1
    print(f"FAIL: {what}", flush=True)
    if detail:
        print(f"      {detail}", flush=True)


def check(ok, what, detail=""):
    if ok:
        passed(what)
    else:
        failed(what, detail)
    return ok


# ------------------------------------------------------------------------------------------- Dockerfile
def read_instructions(path):
    """Dockerfile instructions as (KEYWORD, argument text), with continuation lines joined."""
    instructions, pending = [], ""
    for raw in open(path, encoding="utf-8").read().splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.endswith("\\") and not line.endswith("\\\\"):
            pending += line[:-1] + " "
            continue
        line = pending + line
        pending = ""
        keyword, _, rest = line.partition(" ")
        instructions.append((keyword.upper(), rest.strip()))
    return instructions


def stages(instructions):
    found = []
    for keyword, rest in instructions:
        if keyword == "FROM":
            words = rest.split()
            name = words[2] if len(words) >= 3 and words[1].upper() == "AS" else ""
            found.append({"image": words[0], "name": name, "steps": []})
        elif found:
            found[-1]["steps"].append((keyword, rest))
    return found


def exec_form(text):
    value = json.loads(text)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise Abort(f"not an exec-form JSON array: {text}")
    return value


def parse_env(rest):
    # One KEY=value per ENV line (the Dockerfile keeps it so); empty values are allowed.
    key, sep, value = rest.partition("=")
    if not sep or " " in key:
        raise Abort(f"ENV must be KEY=value: {rest}")
    return key, value.strip('"')


def ignore_patterns():
    path = os.path.join(DOCKER, "Dockerfile.dockerignore")
    patterns = []
    for line in open(path, encoding="utf-8").read().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            regex = re.escape(line.strip("/")).replace(r"\*\*/", "(?:.*/)?").replace(r"\*\*", ".*").replace(r"\*", "[^/]*")
            patterns.append(re.compile(regex + "$"))
    return patterns


def ignored(relative, patterns):
    parts = relative.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    return any(p.match(prefix) for p in patterns for prefix in prefixes)


def copy_into(root, cwd, rest, patterns):
    """COPY src... dest from the build context (the repository) into the simulated image filesystem."""
    words = shlex.split(rest)
    if any(w.startswith("--") for w in words):
        raise Abort(f"the build stage's COPY takes no flags here: COPY {rest}")
    *sources, dest = words
    target = os.path.join(root, dest.lstrip("/")) if dest.startswith("/") else os.path.join(cwd, dest)
    for source in sources:
        origin = os.path.join(REPO, source)
        relative = os.path.relpath(origin, REPO).replace(os.sep, "/")
        if not os.path.exists(origin) or ignored(relative, patterns):
            raise Abort(f"COPY {source}: not in the build context (missing, or excluded by Dockerfile.dockerignore)")
        if os.path.isdir(origin):
            for folder, dirs, files in os.walk(origin):
                rel_folder = os.path.relpath(folder, REPO).replace(os.sep, "/")
                dirs[:] = [d for d in dirs if not ignored(f"{rel_folder}/{d}", patterns)]
                for name in files:
                    if ignored(f"{rel_folder}/{name}", patterns):
                        continue
                    out = os.path.join(target, os.path.relpath(os.path.join(folder, name), origin))
                    os.makedirs(os.path.dirname(out), exist_ok=True)
                    shutil.copy2(os.path.join(folder, name), out)
        else:
            out = os.path.join(target, os.path.basename(source)) if dest.endswith("/") else target
            os.makedirs(os.path.dirname(out), exist_ok=True)
            shutil.copy2(origin, out)


def in_root(root, command):
    """Absolute paths in a RUN line point into the simulated filesystem (e.g. -o /app)."""
    return " ".join(shlex.quote(os.path.join(root, w.lstrip("/"))) if w.startswith("/") else shlex.quote(w) for w in shlex.split(command))


def run_build_stage(stage, root, logs):
    patterns = ignore_patterns()
    cwd = root
    for keyword, rest in stage["steps"]:
        if keyword == "WORKDIR":
            cwd = os.path.join(root, rest.lstrip("/"))
            os.makedirs(cwd, exist_ok=True)
        elif keyword == "COPY":
            copy_into(root, cwd, rest, patterns)
        elif keyword == "RUN":
            if not rest.startswith("dotnet "):
                raise Abort(f"the build stage runs only dotnet commands here: RUN {rest}")
            command = in_root(root, rest)
            with open(os.path.join(logs, "build.log"), "a", encoding="utf-8") as log:
                log.write(f"$ {rest}\n")
                log.flush()
                status = subprocess.run(command, shell=True, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, timeout=600).returncode
            if not check(status == 0, f"build stage: RUN {rest}", f"exit {status}; see {logs}/build.log"):
                raise Abort("the build stage failed")
        elif keyword not in ("ARG", "ENV"):
            raise Abort(f"unexpected instruction in the build stage: {keyword}")


# ------------------------------------------------------------------------------------------- compose
def dotenv(path):
    values = {}
    for line in open(path, encoding="utf-8").read().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values


def interpolate(text, env):
    """compose's ${VAR}, ${VAR:-default} and ${VAR:?error}; an unset required variable is an error."""
    def one(match):
        name, op, arg = match.group(1), match.group(2) or "", match.group(3) or ""
        if env.get(name):
            return env[name]
        if op == ":-":
            return arg
        raise Abort(f"compose needs {name}, which .env.example does not set")
    return re.sub(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:[-?])([^}]*))?\}", one, str(text))


# ------------------------------------------------------------------------------------------- HTTP
def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path, host, headers=None):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": host, **(headers or {})})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=15) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def wait_until(probe, server):
    until = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < until:
        if server.poll() is not None:
            return False
        if probe():
            return True
        time.sleep(0.5)
    return False


def readme_cli_args(verb):
    """The CLI arguments docker/README.md gives for a verb (its `... mutualaid mutualaid <verb> ...` line)."""
    text = open(os.path.join(DOCKER, "README.md"), encoding="utf-8").read()
    for line in text.splitlines():
        match = re.search(r"mutualaid mutualaid (" + re.escape(verb) + r" .*)$", line)
        if match:
            return shlex.split(match.group(1))
    raise Abort(f"docker/README.md has no 'mutualaid {verb}' command")


# ------------------------------------------------------------------------------------------- the checks
def check_dockerfile_shape(build, runtime, env):
    check(build["image"] == "mcr.microsoft.com/dotnet/sdk:10.0", "Dockerfile: the build stage is the .NET 10 SDK image", build["image"])
    check(runtime["image"] == "mcr.microsoft.com/dotnet/aspnet:10.0", "Dockerfile: the runtime stage is the ASP.NET Core 10 image", runtime["image"])
    steps = runtime["steps"]
    users = [rest for keyword, rest in steps if keyword == "USER"]
    check(users in (["$APP_UID"], ["app"], ["1654"]), "Dockerfile: the runtime stage runs as the image's non-root user app (1654)", f"USER {users}")
    volumes = [rest for keyword, rest in steps if keyword == "VOLUME"]
    check(volumes == [env.get("MutualAid__DataDirectory")], "Dockerfile: the data directory is the VOLUME", f"VOLUME {volumes}, data directory {env.get('MutualAid__DataDirectory')}")
    chown = any(k == "RUN" and f"chown app:app {env.get('MutualAid__DataDirectory')}" in r for k, r in steps)
    check(chown, "Dockerfile: the data directory is created owned by app before the VOLUME")
    copies = [rest for keyword, rest in steps if keyword == "COPY"]
    check(copies == [f"--from={build['name']} /app /app"], "Dockerfile: the runtime stage takes /app from the build stage", str(copies))


def main():
    work = tempfile.mkdtemp(prefix="mutualaid-docker-check.")
    logs = os.environ.get("MUTUALAID_DOCKER_CHECK_LOGS") or tempfile.mkdtemp(prefix="mutualaid-docker-check-logs.")
    os.makedirs(logs, exist_ok=True)
    server = None
    try:
        found = stages(read_instructions(os.path.join(DOCKER, "Dockerfile")))
        if len(found) != 2:
            raise Abort(f"the Dockerfile should have two stages (build, runtime), found {len(found)}")
        build, runtime = found
        env = {}
        entrypoint = cmd = healthcheck = None
        workdir = "/"
        for keyword, rest in runtime["steps"]:
            if keyword == "WORKDIR":
                workdir = rest
            elif keyword == "ENV":
                key, value = parse_env(rest)
                env[key] = value
            elif keyword == "ENTRYPOINT":
                entrypoint = exec_form(rest)
            elif keyword == "CMD":
                cmd = exec_form(rest)
            elif keyword == "HEALTHCHECK":
                healthcheck = exec_form(rest[rest.index(" CMD ") + 5:])
        check_dockerfile_shape(build, runtime, env)
        check(entrypoint == ["/app/mutualaid"] and cmd is not None and cmd[:1] == ["serve"],
              "Dockerfile: ENTRYPOINT is /app/mutualaid and CMD starts with serve", f"{entrypoint} {cmd}")
        check(healthcheck is not None, "Dockerfile: has a HEALTHCHECK in exec form")

        compose = yaml.safe_load(open(os.path.join(DOCKER, "compose.yaml"), encoding="utf-8"))
        example = dotenv(os.path.join(DOCKER, ".env.example"))
        domain = example["MUTUALAID_DOMAIN"]
        services = compose.get("services", {})
        instance, caddy = services.get("mutualaid", {}), services.get("caddy", {})
        check(instance.get("build", {}).get("dockerfile") == "docker/Dockerfile"
              and os.path.realpath(os.path.join(DOCKER, instance.get("build", {}).get("context", ""))) == REPO,
              "compose: the instance is built from docker/Dockerfile with the repository as context", str(instance.get("build")))
        check("ports" not in instance, "compose: the instance publishes no port on the host", str(instance.get("ports")))
        check(all(s.get("restart") == "unless-stopped" for s in (instance, caddy)), "compose: both services restart unless stopped")
        data_mounts = [v for v in instance.get("volumes", []) if v.split(":")[1:2] == [env["MutualAid__DataDirectory"]]]
        check(len(data_mounts) == 1 and data_mounts[0].split(":")[0] in (compose.get("volumes") or {}),
              "compose: a named volume is mounted at the image's data directory", str(instance.get("volumes")))
        check(sorted(str(p) for p in caddy.get("ports", [])) == ["443:443", "443:443/udp", "80:80"], "compose: only Caddy is published, on 80 and 443", str(caddy.get("ports")))
        caddy_volumes = caddy.get("volumes", [])
        check("./Caddyfile:/etc/caddy/Caddyfile:ro" in caddy_volumes and any(v.split(":")[1:2] == ["/data"] and v.split(":")[0] in (compose.get("volumes") or {}) for v in caddy_volumes),
              "compose: Caddy reads docker/Caddyfile and keeps its certificates in a named volume", str(caddy_volumes))
        compose_env = {k: interpolate(v, example) for k, v in instance.get("environment", {}).items()}
        check(compose_env.get("MutualAid__Domain") == domain, "compose: the instance's domain comes from MUTUALAID_DOMAIN in .env", str(compose_env))

        caddy_env = {**os.environ, **{k: interpolate(v, example) for k, v in caddy.get("environment", {}).items()}}
        adapted = subprocess.run(["caddy", "adapt", "--config", os.path.join(DOCKER, "Caddyfile"), "--adapter", "caddyfile"],
                                 env=caddy_env, capture_output=True, text=True, timeout=60)
        if check(adapted.returncode == 0, "Caddyfile: caddy adapt accepts it", adapted.stderr[-400:]):
            config = json.loads(adapted.stdout)
            routes = [r for s in config["apps"]["http"]["servers"].values() for r in s.get("routes", [])]
            hosts = [h for r in routes for m in r.get("match", []) for h in m.get("host", [])]
            text = json.dumps(routes)
            port = env["ASPNETCORE_URLS"].rsplit(":", 1)[1]
            check(hosts == [domain] and f'"dial": "mutualaid:{port}"' in text,
                  f"Caddyfile: {domain} is proxied to the instance's service and port (mutualaid:{port})", text[:400])
            check('"Host"' not in text, "Caddyfile: the Host header reaches the instance unchanged (no header_up Host)", text[:400])
            check(config.get("apps", {}).get("tls", {}).get("automation", {}).get("policies", [{}])[0].get("issuers", [{}])[0].get("email") == example["MUTUALAID_OPERATOR_EMAIL"],
                  "Caddyfile: the ACME account e-mail is the operator's", json.dumps(config.get("apps", {}).get("tls"))[:300])

        # ------------------------------------------------------------------ the build stage, for real
        root = os.path.join(work, "image")
        os.makedirs(root)
        started = time.monotonic()
        run_build_stage(build, root, logs)
        binary = os.path.join(root, entrypoint[0].lstrip("/"))
        if not check(os.access(binary, os.X_OK), f"build stage: {entrypoint[0]} exists and is executable ({time.monotonic() - started:.0f} s)"):
            raise Abort("nothing to run")

        # ------------------------------------------------------------------ the image's process
        port = free_port()
        data = os.path.join(work, "var-lib-mutualaid")
        image_env = {}
        for key, value in env.items():
            value = value.replace("$PATH", os.environ.get("PATH", ""))
            image_env[key] = ":".join(os.path.join(root, p.lstrip("/")) if p == "/app" else p for p in value.split(":")) if key == "PATH" else value
        process_env = {**os.environ, **image_env, **compose_env,
                       "MutualAid__DataDirectory": data, "ASPNETCORE_URLS": f"http://127.0.0.1:{port}"}
        cli_log = open(os.path.join(logs, "cli.log"), "a", encoding="utf-8")

        def cli(args, stdin_text=None):
            cli_log.write(f"$ mutualaid {' '.join(args)}\n")
            cli_log.flush()
            return subprocess.run([binary, *args], env=process_env, input=stdin_text, text=True, stdout=cli_log,
                                  stderr=subprocess.STDOUT, timeout=120, cwd=os.path.join(root, workdir.lstrip("/"))).returncode

        collective = readme_cli_args("collective add")
        user = readme_cli_args("user add")
        slug = collective[2]
        check(cli(["migrate"]) == 0 and os.path.isfile(os.path.join(data, "mutualaid.db")),
              "image: 'migrate' creates the database in MutualAid__DataDirectory", f"see {logs}/cli.log")
        check(cli(collective) == 0, f"image: the README's '{' '.join(collective)}' succeeds", f"see {logs}/cli.log")
        check(cli(user, "a-long-enough-docker-check-password\n") == 0, f"image: the README's '{' '.join(user)}' succeeds", f"see {logs}/cli.log")

        probe = [healthcheck[0], *[a.replace("/127.0.0.1/8080", f"/127.0.0.1/{port}") for a in healthcheck[1:]]]
        before = subprocess.run(probe, capture_output=True, timeout=30).returncode
        check(before != 0, "healthcheck: fails while nothing listens", f"exit {before}")

        server_log = open(os.path.join(logs, "server.log"), "w", encoding="utf-8")
        server = subprocess.Popen([binary, *cmd], env=process_env, stdout=server_log, stderr=subprocess.STDOUT, cwd=os.path.join(root, workdir.lstrip("/")))
        healthy = wait_until(lambda: subprocess.run(probe, capture_output=True, timeout=30).returncode == 0, server)
        if not check(healthy, f"healthcheck: the Dockerfile's probe passes once '{' '.join(cmd)}' is up", f"see {logs}/server.log"):
            raise Abort("the server did not come up")
        status, _, _ = get(port, "/.well-known/nodeinfo", domain)
        check(status == 200, "image: /.well-known/nodeinfo answers 200", f"HTTP {status}")
        log_text = open(os.path.join(logs, "server.log"), encoding="utf-8").read()
        check("Overriding" not in log_text, "image: Kestrel binds ASPNETCORE_URLS without an override warning", log_text[:400])

        actor_id = f"https://{domain}/actors/{slug}"
        status, headers, body = get(port, f"/.well-known/webfinger?resource=acct:{slug}@{domain}", domain)
        links = json.loads(body).get("links", []) if status == 200 else []
        check(status == 200 and any(l.get("rel") == "self" and l.get("href") == actor_id for l in links),
              f"image: WebFinger for acct:{slug}@{domain} points at {actor_id}", f"HTTP {status} {body[:300]!r}")
        status, headers, body = get(port, f"/actors/{slug}", domain, {"Accept": "application/activity+json"})
        actor = json.loads(body) if status == 200 else {}
        check(actor.get("id") == actor_id and actor.get("type") == "Organization" and actor.get("inbox") == actor_id + "/inbox",
              f"image: the actor document of '{slug}' has id {actor_id}", f"HTTP {status} {body[:300]!r}")

        # compose trusts the proxy's X-Forwarded-Proto: the scheme is https behind Caddy, so cookies are Secure.
        _, headers, _ = get(port, "/?lang=es", domain, {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7"})
        forwarded = " ".join(headers.get_all("Set-Cookie") or [])
        _, headers, _ = get(port, "/?lang=es", domain)
        direct = " ".join(headers.get_all("Set-Cookie") or [])
        check("lang=es" in forwarded and "secure" in forwarded.lower() and "lang=es" in direct and "secure" not in direct.lower(),
              "image: behind the proxy (X-Forwarded-Proto: https) cookies are Secure; a plain http request's are not",
              f"forwarded: {forwarded!r}; direct: {direct!r}")

        # The README's backup, in the container while the server runs; its folder must be a data directory.
        backup = readme_cli_args("backup")
        backups = os.path.join(work, "container-tmp-backups")
        code = cli([a.replace("/tmp/backups", backups) for a in backup])
        made = os.listdir(backups) if os.path.isdir(backups) else []
        check(code == 0 and len(made) == 1 and os.path.isfile(os.path.join(backups, made[0], "mutualaid.db"))
              and os.path.isdir(os.path.join(backups, made[0], "secrets")),
              f"image: the README's '{' '.join(backup)}' writes a backup while 'serve' runs", f"exit {code}, {made}; see {logs}/cli.log")
    except Abort as error:
        failed("stopped early", str(error))
    except Exception as error:  # reported as a failure with its type, so the summary line is always printed
        failed("stopped early", f"{type(error).__name__}: {error}")
    finally:
        if server is not None and server.poll() is None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        shutil.rmtree(work, ignore_errors=True)
        if results["failed"] == 0 and not os.environ.get("MUTUALAID_DOCKER_CHECK_LOGS"):
            shutil.rmtree(logs, ignore_errors=True)
        elif results["failed"]:
            print(f"Logs kept in {logs}", flush=True)
    print(f"{results['passed']} passed, {results['failed']} failed", flush=True)
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
