# Sourced by the record tests that mount file systems: runs the sourcing script again inside a
# private user and mount namespace (unshare -rm), so that it needs no root and leaves nothing
# mounted; where the machine allows no user namespace, the test is skipped (exit 77), saying why.
if [ "${CAC_IN_NAMESPACE:-}" != 1 ]; then
    if ! unshare -rm true 2>/dev/null; then
        echo "SKIP: this machine allows no user namespace (unshare -rm), so no private mount"
        exit 77
    fi
    exec unshare -rm env CAC_IN_NAMESPACE=1 bash "$0" "$@"
fi
