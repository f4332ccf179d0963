# docs/walkthroughs/07-segv.gdb - chapter 07, exercise 5: the ESR of a
# fault that ends in SIGSEGV.
#
#   python3 docs/walkthroughs/drive.py --echo \
#       docs/walkthroughs/07-segv.gdb 'exec /bin/segv_mprotect'
#
# Stops where do_bad_area() sends the signal, and prints the syndrome the
# CPU left in ESR_EL1 and the address in FAR_EL1 (the shell's segfault
# line follows on the console).
break force_sig_fault
continue
bt 4
info registers ESR_EL1 FAR_EL1
delete
continue
