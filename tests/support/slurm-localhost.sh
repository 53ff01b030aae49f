#!/usr/bin/env bash
# A throw-away one-node Slurm cluster on localhost, for tests.
#
#   slurm-localhost.sh start DIR [OWNER_PID]   start munged, slurmctld, slurmd
#   slurm-localhost.sh stop DIR                cancel its jobs, stop its daemons
#
# Everything lives in DIR (an empty folder the caller owns): its own munge
# key and socket, slurm.conf, state, spool, logs and pid files. Nothing in
# /etc is read or written, and non-default ports keep it apart from a real
# cluster on the same machine. Clients find the cluster through
# SLURM_CONF=DIR/slurm.conf (printed on stdout after a successful start).
#
# Every process it starts, and every job its cluster runs when submitted with
# QUIRE_SLURM_TEST=DIR in the environment, carries QUIRE_SLURM_TEST=DIR; stop
# ends exactly those (by pid). With OWNER_PID, a watchdog stops the cluster
# when that process is gone, so a test that crashes or is killed leaves no
# daemon behind.
#
# Exit status of start: 0 running; 77 cannot run here (not root, packages
# missing), with the reason on stdout; 1 failed to start (logs in DIR).
set -uo pipefail

ctld_port=16817
slurmd_port=16818

usage() {
    echo "usage: $0 start DIR [OWNER_PID] | stop DIR" >&2
    exit 2
}

[ $# -ge 2 ] || usage
action=$1
dir=$(cd "$2" 2>/dev/null && pwd) || { echo "no folder $2" >&2; exit 2; }
owner=${3:-}
tag="QUIRE_SLURM_TEST=$dir"

# The pids of the processes that carry our tag, except this script and its watchdog.
tagged_pids() {
    local environ pid
    for environ in /proc/[0-9]*/environ; do
        pid=${environ#/proc/}
        pid=${pid%/environ}
        [ "$pid" = "$$" ] && continue
        [ "$pid" = "${BASHPID:-$$}" ] && continue
        # Other users' and vanished processes cannot be read: not ours.
        if { tr '\0' '\n' <"$environ"; } 2>/dev/null | grep -qxF "$tag"; then
            echo "$pid"
        fi
    done
}

# Ends each pid: TERM, up to 10 s, then KILL.
end_pids() {
    local pids=("$@") pid alive
    [ ${#pids[@]} -gt 0 ] || return 0
    kill -TERM "${pids[@]}" 2>/dev/null
    for _ in $(seq 1 50); do
        alive=()
        for pid in "${pids[@]}"; do
            kill -0 "$pid" 2>/dev/null && alive+=("$pid")
        done
        [ ${#alive[@]} -eq 0 ] && return 0
        sleep 0.2
    done
    kill -KILL "${alive[@]}" 2>/dev/null
    return 0
}

stop_cluster() {
    if [ -f "$dir/slurm.conf" ] && [ -f "$dir/slurmctld.pid" ]; then
        # Jobs first, while the controller can still signal them.
        SLURM_CONF="$dir/slurm.conf" timeout 10 scancel --quiet --partition=quiretest 2>/dev/null
        for _ in $(seq 1 25); do
            left=$(SLURM_CONF="$dir/slurm.conf" timeout 5 squeue -h -o %i 2>/dev/null | wc -l)
            [ "${left:-0}" -eq 0 ] && break
            sleep 0.2
        done
    fi
    local pidfile pids=()
    for pidfile in slurmd.pid slurmctld.pid munged.pid; do
        if [ -f "$dir/$pidfile" ]; then
            pids+=("$(cat "$dir/$pidfile")")
        fi
    done
    # Daemons in order (slurmd, slurmctld, munged), then anything left with our tag
    # (slurmstepd and job processes of a cancelled job).
    for pid in "${pids[@]}"; do
        end_pids "$pid"
    done
    mapfile -t left < <(tagged_pids)
    end_pids "${left[@]}"
    rm -f "$dir/slurmd.pid" "$dir/slurmctld.pid" "$dir/munged.pid"
}

if [ "$action" = stop ]; then
    stop_cluster
    if [ -f "$dir/watchdog.pid" ]; then
        watchdog=$(cat "$dir/watchdog.pid")
        rm -f "$dir/watchdog.pid"
        [ "$watchdog" != "$$" ] && kill "$watchdog" 2>/dev/null
    fi
    exit 0
fi
[ "$action" = start ] || usage

# --- Can it run here? -------------------------------------------------------
if [ "$(id -u)" -ne 0 ]; then
    echo "needs root to start slurmd (it runs jobs as their user); run the tests as root, as CI does"
    exit 77
fi
missing=()
for program in munged slurmctld slurmd sbatch squeue scontrol scancel sinfo; do
    command -v "$program" >/dev/null 2>&1 || PATH="$PATH:/usr/sbin" command -v "$program" >/dev/null 2>&1 \
        || missing+=("$program")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "missing ${missing[*]}: install munge slurmctld slurmd slurm-client (packaging/install-deps.sh does)"
    exit 77
fi
export PATH="$PATH:/usr/sbin"
for port in $ctld_port $slurmd_port; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "port $port on localhost is taken (another test cluster?)"
        exit 77
    fi
done

export QUIRE_SLURM_TEST="$dir"
mkdir -p "$dir/munge" "$dir/state" "$dir/spool" "$dir/log"
chmod 700 "$dir/munge"

# --- munge: its own key and socket --------------------------------------------
if [ ! -f "$dir/munge/munge.key" ]; then
    dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
    chmod 400 "$dir/munge/munge.key"
fi
socket="$dir/munge/munge.socket"
munged --force --socket="$socket" --key-file="$dir/munge/munge.key" --pid-file="$dir/munged.pid" \
    --log-file="$dir/log/munged.log" --seed-file="$dir/munge/munged.seed" \
    || { echo "munged did not start; see $dir/log/munged.log"; exit 1; }
if ! munge --socket="$socket" -n | unmunge --socket="$socket" >/dev/null 2>&1; then
    echo "munge does not work; see $dir/log/munged.log"
    stop_cluster
    exit 1
fi

# --- slurm.conf: one node, what this machine has ---------------------------------
node=$(slurmd -C | head -n 1)
cpus=$(sed -n 's/.*CPUs=\([0-9]*\).*/\1/p' <<<"$node")
memory=$(sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p' <<<"$node")
cat >"$dir/slurm.conf" <<EOF
# Written by $0 for a test; removed with the folder.
ClusterName=quiretest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
SwitchType=switch/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
ReturnToService=2
KillWait=5
MinJobAge=600
SlurmctldTimeout=30
SlurmdTimeout=60
NodeName=localhost NodeAddr=127.0.0.1 CPUs=${cpus:-1} RealMemory=${memory:-1000} State=UNKNOWN
PartitionName=quiretest Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$dir/slurm.conf"

slurmctld -f "$SLURM_CONF" || { echo "slurmctld did not start; see $dir/log/slurmctld.log"; stop_cluster; exit 1; }
slurmd -f "$SLURM_CONF" -N localhost || { echo "slurmd did not start; see $dir/log/slurmd.log"; stop_cluster; exit 1; }

ready=0
for _ in $(seq 1 150); do
    state=$(sinfo -h -N -o %t 2>/dev/null | head -n 1)
    case "$state" in
    idle | mix | alloc) ready=1; break ;;
    esac
    sleep 0.2
done
if [ $ready -ne 1 ]; then
    echo "the node did not come up (state '${state:-none}'); see $dir/log/slurmctld.log and slurmd.log"
    stop_cluster
    exit 1
fi

if [ -n "$owner" ]; then
    # Stops the cluster once the owner is gone (a crashed or killed test).
    (
        exec </dev/null >/dev/null 2>&1
        while kill -0 "$owner" 2>/dev/null && [ -f "$dir/watchdog.pid" ]; do
            sleep 1
        done
        [ -f "$dir/watchdog.pid" ] && rm -f "$dir/watchdog.pid" && stop_cluster
    ) &
    echo $! >"$dir/watchdog.pid"
fi

echo "SLURM_CONF=$SLURM_CONF"
exit 0
