#!/usr/bin/env python3
# Statements per page request, and each page's time alone (docs/quality.md, issue 21). A diagnosis aid, not the
# benchmark: the figures that count come from .ci/bench.sh.
# usage: .ci/page-statements.py TARGETDIR DATABASE [N]
#   TARGETDIR: a build's target/ (steward.war, payara-micro.jar); DATABASE: a partnership benchmark database kept with
#   `.ci/bench.sh -Dbench.steps=pages -Dbench.keep=true` (MariaDB on 127.0.0.1:3306, root without a password).
# Starts the app against it as the MariaDB user 'probe' (created here), signs in as member0 (a board member), asks
# each page 15 times to warm up, then N times (60), and prints p50/p90 and the statements per request that MariaDB
# counted for 'probe' (USER_STATISTICS; the relay's polls add a few). PROBE_SQL=board,summit writes the statements of
# one request of those pages to /tmp/sql-PAGE.txt (general log); PROBE_JAVA_OPTS adds Java options (a flight recording).
# PROBE_PAGES=static,directory limits the pages; PROBE_INTERLEAVE=1 asks every page once per round (40 warm-up rounds,
# then N rounds) and prints each page's p50/p90; PROBE_STARTUP_CPU=1 prints the CPU the process used until ready.
import os, sys, time, subprocess, urllib.request, urllib.parse, http.cookiejar, re, statistics, signal
T = sys.argv[1]; DB = sys.argv[2]; N = int(sys.argv[3]) if len(sys.argv) > 3 else 60
PORT = 3990
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for host in ("localhost", "127.0.0.1"):
    subprocess.run(["mariadb", "-uroot", "-e", "SET GLOBAL userstat=1; CREATE USER IF NOT EXISTS 'probe'@'%s' IDENTIFIED BY 'probe'; "
                    "GRANT ALL ON `%s`.* TO 'probe'@'%s'" % (host, DB, host)], check=True)
JAVA = os.environ.get("PROBE_JAVA", os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java"))
env = dict(os.environ, MALLOC_ARENA_MAX="2", PARTNERSHIP_DB_URL="jdbc:mysql://127.0.0.1:3306/" + DB, PARTNERSHIP_DB_USER="probe",
           PARTNERSHIP_DB_PASSWORD="probe", PARTNERSHIP_MAIL_HOST="127.0.0.1", PARTNERSHIP_MAIL_PORT="2599",
           PARTNERSHIP_MAIL_FROM="p@steward.test", PARTNERSHIP_BASE_URL="http://127.0.0.1:%d" % PORT, PARTNERSHIP_DEMO_DATA="false")
extra = os.environ.get("PROBE_JAVA_OPTS", "").split()
tmp = "/tmp/probe-rt"; os.makedirs(tmp, exist_ok=True)
cmd = [JAVA, "@" + HERE + "/config/jvm.options"] + extra + ["-Djava.io.tmpdir=" + tmp, "-jar", T + "/payara-micro.jar", "--deploy", T + "/steward.war",
       "--contextroot", "/", "--port", str(PORT), "--nohazelcast", "--disablephonehome", "--prebootcommandfile", HERE + "/config/preboot.txt"]
log = open("/tmp/probe-app.log", "w")
p = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
base = "http://127.0.0.1:%d" % PORT
t0 = time.time()
while True:
    try:
        if urllib.request.urlopen(base + "/health/ready", timeout=2).status == 200: break
    except Exception: pass
    if p.poll() is not None: sys.exit("app died, see /tmp/probe-app.log")
    time.sleep(0.2)
ready = time.time() - t0
print("ready in %.1f s" % ready)
def cpu_by_thread(pid):
    # utime + stime of the process and of each thread (names without their numbers), in seconds
    tick = os.sysconf("SC_CLK_TCK"); total = sum(int(x) for x in open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()[11:13]) / tick
    threads = {}
    for t in os.listdir("/proc/%d/task" % pid):
        try:
            name = "".join(c for c in open("/proc/%d/task/%s/comm" % (pid, t)).read().strip() if not c.isdigit())
            threads[name] = threads.get(name, 0) + sum(int(x) for x in open("/proc/%d/task/%s/stat" % (pid, t)).read().rsplit(")", 1)[1].split()[11:13]) / tick
        except OSError: pass
    return total, ", ".join("%s %.1f s" % (k, v) for k, v in sorted(threads.items(), key=lambda x: -x[1])[:5])
startup_cpu = cpu_by_thread(p.pid)
try:
    cj = http.cookiejar.CookieJar()
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k): return None
    op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cj), NoRedirect)
    body = op.open(base + "/login.xhtml").read().decode()
    vs = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', body).group(1)
    data = urllib.parse.urlencode({"login": "login", "login:next": "", "login:email": os.environ.get("PROBE_USER", "member0@bench.test"),
        "login:password": "bench-password-2026", "login:submit": "", "jakarta.faces.ViewState": vs}).encode()
    try: op.open(base + "/login.xhtml", data)
    except urllib.error.HTTPError as e: assert e.code == 302, e.code
    def stats():
        out = subprocess.run(["mariadb", "-uroot", "-N", "-e", "SELECT SELECT_COMMANDS+UPDATE_COMMANDS+OTHER_COMMANDS FROM information_schema.USER_STATISTICS WHERE USER='probe'"], capture_output=True, text=True).stdout.strip()
        return int(out or 0)
    future = subprocess.run(["mariadb", "-uroot", "-N", DB, "-e", "SELECT id FROM summit WHERE starts_at > NOW() ORDER BY starts_at LIMIT 1"],
                            capture_output=True, text=True, check=True).stdout.strip()
    pages = [("static", "/resources/steward/steward.css"), ("faces404", "/error/404.xhtml"), ("directory", "/members/index.xhtml"),
             ("board", "/board.xhtml"), ("dashboard", "/dashboard.xhtml"), ("summit", "/summits/view.xhtml?id=" + future),
             ("compliance", "/members/compliance.xhtml")]
    only = os.environ.get("PROBE_PAGES")
    if only: pages = [x for x in pages if x[0] in only.split(",")]
    if os.environ.get("PROBE_INTERLEAVE"):
        # every page once per round, so the machine's swings fall on all pages alike (docs/quality.md, issue 21)
        for _ in range(40):
            for name, path in pages: op.open(base + path).read()
        ts = {name: [] for name, _ in pages}
        for _ in range(N):
            for name, path in pages:
                s = time.perf_counter(); r = op.open(base + path); r.read(); ts[name].append((time.perf_counter() - s) * 1000); assert r.status == 200
        for name, _ in pages:
            print("%-11s p50 %6.2f ms  p90 %6.2f ms" % (name, statistics.median(ts[name]), sorted(ts[name])[int(N*0.9)]))
    else:
        for name, path in pages:
            for _ in range(15): op.open(base + path).read()
            q0 = stats(); ts = []
            for _ in range(N):
                s = time.perf_counter(); r = op.open(base + path); r.read(); ts.append((time.perf_counter() - s) * 1000); assert r.status == 200
            q1 = stats()
            print("%-11s p50 %6.1f ms  p90 %6.1f ms  statements/request %5.1f" % (name, statistics.median(ts), sorted(ts)[int(N*0.9)], (q1 - q0) / N))
    if os.environ.get("PROBE_STARTUP_CPU"):
        print("start-up to ready: %.1f s wall, %.1f s CPU; by thread: %s" % (ready, startup_cpu[0], startup_cpu[1]))
    jcmd = os.path.join(os.path.dirname(JAVA), "jcmd")
    subprocess.run([jcmd, str(p.pid), "GC.run"], capture_output=True)
    time.sleep(1)
    rss = [l for l in open("/proc/%d/status" % p.pid) if l.startswith("VmRSS")][0].split()[1]
    heap = subprocess.run([jcmd, str(p.pid), "GC.heap_info"], capture_output=True, text=True).stdout.strip().splitlines()
    print("after a full collection: RSS %d MiB; %s" % (int(rss) // 1024, " | ".join(l.strip() for l in heap[:3])))
    if os.environ.get("PROBE_SQL"):
        for name, path in pages:
            if name not in os.environ["PROBE_SQL"].split(","): continue
            subprocess.run(["mariadb", "-uroot", "-e", "SET GLOBAL log_output='TABLE'; TRUNCATE mysql.general_log; SET GLOBAL general_log=1"])
            op.open(base + path).read()
            subprocess.run(["mariadb", "-uroot", "-e", "SET GLOBAL general_log=0"])
            out = subprocess.run(["mariadb", "-uroot", "-N", "-e", "SELECT command_type, LEFT(argument, 220) FROM mysql.general_log WHERE user_host LIKE 'probe%' AND command_type IN ('Query','Execute')"], capture_output=True, text=True).stdout
            open("/tmp/sql-%s.txt" % name, "w").write(out)
            print(name, len(out.splitlines()), "statements in /tmp/sql-%s.txt" % name)
    if os.environ.get("PROBE_HOLD"): input("holding; enter to stop")
finally:
    p.send_signal(signal.SIGTERM); p.wait(60)
