#!/usr/bin/env bash
# HWC Spoke Kiosk installer. Run as root from the unpacked bundle; needs no internet.
#
#   sudo ./install.sh --provisioning terminal.toml             install (again: changes nothing)
#   sudo ./install.sh --provisioning terminal.toml --upgrade   move to this bundle's version
#   sudo ./install.sh --uninstall [--purge [--force]]          remove (data kept unless --purge)
#   sudo ./install.sh --check-system                           list missing system packages
#
# Locations (option, or environment variable), for trial installs and tests:
#   --prefix DIR (HWC_PREFIX, /opt/hwc-kiosk)      --bin-dir DIR (HWC_BIN_DIR, /usr/local/bin)
#   --udev-dir DIR (HWC_UDEV_DIR, /etc/udev/rules.d) --autostart-dir DIR (HWC_AUTOSTART_DIR)
#   --applications-dir DIR (HWC_APPLICATIONS_DIR)  --home DIR (HWC_KIOSK_HOME)
#   --backup-dir DIR (HWC_BACKUP_DIR, /var/backups/hwc-kiosk)
#   --log FILE (HWC_INSTALL_LOG, /var/log/hwc-kiosk-install.log)
#   --key-dir DIR (HWC_KEY_DIR, /etc/hwc-kiosk: the machine key)
#   --tpm-device PATH (HWC_TPM_DEVICE, /dev/tpmrm0: with it the key is sealed by the TPM)
# Other options: --user NAME, --serial-group NAME, --python PATH, --no-system (skip the
# Debian packages), --allow-non-root (only with every location above in your own folders).
# The printer is added with lpadmin, lpstat, cupsctl (HWC_LPADMIN, HWC_LPSTAT, HWC_CUPSCTL).
set -euo pipefail
umask 022
here=$(cd "$(dirname "$0")" && pwd)

prefix=${HWC_PREFIX:-/opt/hwc-kiosk}
bin_dir=${HWC_BIN_DIR:-/usr/local/bin}
udev_dir=${HWC_UDEV_DIR:-/etc/udev/rules.d}
autostart_dir=${HWC_AUTOSTART_DIR:-}
applications_dir=${HWC_APPLICATIONS_DIR:-}
kiosk_home=${HWC_KIOSK_HOME:-}
backup_dir=${HWC_BACKUP_DIR:-/var/backups/hwc-kiosk}
log=${HWC_INSTALL_LOG:-/var/log/hwc-kiosk-install.log}
key_dir=${HWC_KEY_DIR:-/etc/hwc-kiosk}
tpm_device=${HWC_TPM_DEVICE:-/dev/tpmrm0}
provisioning="" user="" serial_group="" python=""
action=install upgrade=0 purge=0 force=0 system=1 allow_non_root=0

usage() { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
need() {
  if [ $# -lt 2 ] || [ -z "$2" ]; then echo "install.sh: $1 needs a value" >&2; exit 2; fi
}
while [ $# -gt 0 ]; do
  case "$1" in
    --provisioning) need "$@"; provisioning=$2; shift ;;
    --upgrade) upgrade=1 ;;
    --uninstall) action=uninstall ;;
    --purge) purge=1 ;;
    --force) force=1 ;;
    --check-system) action=check-system ;;
    --no-system) system=0 ;;
    --allow-non-root) allow_non_root=1 ;;
    --prefix) need "$@"; prefix=$2; shift ;;
    --bin-dir) need "$@"; bin_dir=$2; shift ;;
    --udev-dir) need "$@"; udev_dir=$2; shift ;;
    --autostart-dir) need "$@"; autostart_dir=$2; shift ;;
    --applications-dir) need "$@"; applications_dir=$2; shift ;;
    --home) need "$@"; kiosk_home=$2; shift ;;
    --backup-dir) need "$@"; backup_dir=$2; shift ;;
    --log) need "$@"; log=$2; shift ;;
    --key-dir) need "$@"; key_dir=$2; shift ;;
    --tpm-device) need "$@"; tpm_device=$2; shift ;;
    --user) need "$@"; user=$2; shift ;;
    --serial-group) need "$@"; serial_group=$2; shift ;;
    --python) need "$@"; python=$2; shift ;;
    -h|--help) usage ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

if [ "$(id -u)" -ne 0 ] && [ $allow_non_root -eq 0 ]; then
  echo "install.sh: run as root: sudo $0 $*" >&2
  exit 1
fi
mkdir -p "$(dirname "$log")"
touch "$log"
chmod 600 "$log"

say() { printf '%s\n' "$*" | tee -a "$log"; }
step_no=0
step_total=5
step() { step_no=$((step_no + 1)); say "[$step_no/$step_total] $*"; }
die() { say "STOPPED: $*"; exit 1; }
# Noisy tools write to the log only; on failure the end of their output is shown.
quiet() {
  if ! "$@" >>"$log" 2>&1; then
    tail -n 15 "$log" >&2
    return 1
  fi
}
started=$SECONDS
# The kiosk's own Python does the rest; its lines go to the screen and the log. It runs
# isolated (-I): a "kiosk" folder where the installer was started must not be imported.
hand_over() {
  local rc
  set +e
  "$@" 2>&1 | tee -a "$log"
  rc=${PIPESTATUS[0]}
  set -e
  say "Log: $log"
  exit "$rc"
}
{ echo; echo "=== $(date -Is) install.sh $action from $here (uid $(id -u))"; } >>"$log"

# Pip must see only the bundle: no configuration files, index or cache of this machine.
for name in $(compgen -e); do
  case "$name" in PIP_*) unset "$name" ;; esac
done
export PIP_CONFIG_FILE=/dev/null PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1

# pip works in the background; on a terminal a line says how far it got.
install_wheels() {
  local pid start total taken began=$SECONDS
  start=$(wc -l <"$log")
  total=$(find "$here/wheels" -name '*.whl' | wc -l)
  "$target/bin/python" -m pip install --no-index --find-links "$here/wheels" \
    --only-binary=:all: --no-cache-dir --no-warn-script-location "hwc-kiosk==$version" \
    >>"$log" 2>&1 &
  pid=$!
  if [ -t 1 ]; then
    while kill -0 "$pid" 2>/dev/null; do
      if tail -n "+$((start + 1))" "$log" | grep -q '^Installing collected packages'; then
        printf '\r        unpacking and compiling: %d s            ' $((SECONDS - began))
      else
        taken=$(tail -n "+$((start + 1))" "$log" | grep -c '^Processing ' || true)
        printf '\r        reading wheels: %d of %d, %d s ' "$taken" "$total" $((SECONDS - began))
      fi
      sleep 1
    done
    printf '\n'
  fi
  wait "$pid"
}

pick_python() {
  if [ -n "$python" ]; then echo "$python"
  elif [ -x /usr/bin/python3 ]; then echo /usr/bin/python3
  else command -v python3 || true
  fi
}

provision_args=(--prefix "$prefix")

if [ "$action" = uninstall ]; then
  [ $purge -eq 1 ] && provision_args+=(--purge)
  [ $force -eq 1 ] && provision_args+=(--force)
  say "Removing the HWC kiosk from $prefix"
  if [ ! -x "$prefix/current/bin/python" ]; then
    say "no kiosk is installed at $prefix; nothing to do"
    exit 0
  fi
  hand_over "$prefix/current/bin/python" -I -m kiosk.provision uninstall "${provision_args[@]}"
fi

if [ "$action" = check-system ]; then
  "$here/setup-system" --check | tee -a "$log"
  exit "${PIPESTATUS[0]}"
fi

[ -n "$provisioning" ] || die "give the terminal's provisioning file: --provisioning FILE (see provisioning.example.toml)"
[ -r "$provisioning" ] || die "cannot read the provisioning file $provisioning"
provisioning=$(cd "$(dirname "$provisioning")" && pwd)/$(basename "$provisioning")

step "Checking the bundle"
( cd "$here" && sha256sum --check --quiet --strict SHA256SUMS ) >>"$log" 2>&1 \
  || die "the bundle is damaged (see $log): copy it from the original again"
py=$(pick_python)
[ -n "$py" ] || die "no python3 found; install Debian's python3 (3.11 or newer)"
read_bundle() { "$py" -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$here/bundle.json" "$1"; }
version=$(read_bundle version)
say "        HWC kiosk $version, $(find "$here/wheels" -name '*.whl' | wc -l) wheels, checksums correct"

step "Checking this computer"
if [ -r /etc/os-release ]; then
  # shellcheck disable=SC1091
  os=$(. /etc/os-release && echo "${PRETTY_NAME:-$ID}")
  # shellcheck disable=SC1091
  debian_like=$(. /etc/os-release && case " ${ID:-} ${ID_LIKE:-} " in *" debian "*|*" ubuntu "*) echo 1 ;; *) echo 0 ;; esac)
else
  os="unknown" debian_like=0
fi
[ "$(uname -m)" = x86_64 ] || die "this bundle is for x86_64 computers, this one is $(uname -m)"
have=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
wanted=$(read_bundle python | tr -d "[]',")
case " $wanted " in
  *" $have "*) ;;
  *) die "$py is Python $have; this bundle has wheels for Python $wanted (build one with --python-version $have)" ;;
esac
glibc=$("$py" -c 'import platform; print(platform.libc_ver()[1] or "0")')
need_glibc=$(read_bundle glibc)
"$py" -c 'import sys; h, n = (tuple(map(int, v.split("."))) for v in sys.argv[1:]); sys.exit(h < n)' \
  "$glibc" "$need_glibc" || die "this system's C library is $glibc; the bundle needs $need_glibc or newer"
say "        $os, Python $have ($py), glibc $glibc"

step "System packages"
if [ $system -eq 0 ]; then
  say "        skipped (--no-system)"
elif [ "$debian_like" -ne 1 ]; then
  say "        not Debian or Ubuntu: install Qt's xcb libraries, a Devanagari font and CUPS by hand"
elif ! "$here/setup-system" 2>&1 | tee -a "$log"; then
  die "the system packages above are missing and could not be installed (no network or mirror?). Install them from a local mirror or USB, or run with --no-system to install the kiosk anyway"
fi
"$py" -c 'import venv, ensurepip' 2>/dev/null \
  || die "Python's venv module is missing: install python3-venv (or drop --no-system)"

step "Kiosk $version program files"
current=""
if [ -L "$prefix/current" ]; then current=$(basename "$(readlink "$prefix/current")"); fi
if [ -n "$current" ] && [ "$current" != "$version" ]; then
  if ! "$py" -c 'import re, sys
key = lambda v: [(int(p), "") if p.isdigit() else (-1, p) for p in re.split(r"[.+-]", v)]
sys.exit(key(sys.argv[1]) <= key(sys.argv[2]))' "$version" "$current"; then
    die "version $current is installed, newer than or equal to this bundle's $version; nothing changed"
  fi
  [ $upgrade -eq 1 ] || die "version $current is installed; run again with --upgrade to move to $version"
fi
target="$prefix/versions/$version"
stamp=$(sha256sum "$here/SHA256SUMS" | cut -d' ' -f1)
if [ -f "$target/.bundle" ] && [ -x "$target/bin/kiosk" ]; then
  say "        already installed in $target"
  [ "$(cat "$target/.bundle")" = "$stamp" ] || say "        (from another build of $version; kept as it is)"
else
  rm -rf "$target"
  mkdir -p "$prefix/versions"
  say "        creating $target (a minute or two) ..."
  quiet "$py" -m venv "$target" || die "could not create the Python environment"
  install_wheels || { tail -n 15 "$log" >&2; rm -rf "$target"; die "installing the wheels failed (see $log)"; }
  echo "$stamp" >"$target/.bundle"
  say "        installed $("$target/bin/kiosk" --version) in $((SECONDS - started)) s"
fi

step "Setting up this terminal"
provision_args+=(--provisioning "$provisioning" --bin-dir "$bin_dir" --udev-dir "$udev_dir" --backup-dir "$backup_dir"
                --key-dir "$key_dir" --tpm-device "$tpm_device")
[ $upgrade -eq 1 ] && provision_args+=(--upgrade)
[ -n "$user" ] && provision_args+=(--user "$user")
[ -n "$serial_group" ] && provision_args+=(--serial-group "$serial_group")
[ -n "$kiosk_home" ] && provision_args+=(--home "$kiosk_home")
[ -n "$autostart_dir" ] && provision_args+=(--autostart-dir "$autostart_dir")
[ -n "$applications_dir" ] && provision_args+=(--applications-dir "$applications_dir")
hand_over "$target/bin/python" -I -m kiosk.provision install "${provision_args[@]}"
