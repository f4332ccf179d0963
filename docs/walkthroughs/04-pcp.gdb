# 04-pcp.gdb - a per-CPU list hit, a refill, a free, and __zone_watermark_ok()
# called by hand (chapter 04, section 9). From the top of the tree, after make:
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/04-pcp.gdb \
#       "alloc 0" "alloc 0 GFP_HIGHUSER_MOVABLE" "free 1"
set pagination off
break shell_run
continue
set $z = &node_data[0]->node_zones[0]
set $pcp = &$z->per_cpu_pageset[0]
printf "pcp count %d high %d batch %d, zone free %ld\n", $pcp->count, $pcp->high, $pcp->batch, $z->vm_stat[0].counter
delete
# each page the shell gets: where the list and the zone stand then
break mm_shell_remember
commands
silent
printf "alloc: pfn %#lx, pcp count %d, zone free %ld\n", (unsigned long)(page - mem_map) + mem_map_pfn_offset, $pcp->count, $z->vm_stat[0].counter
continue
end
# "alloc 0" runs through; "alloc 0 GFP_HIGHUSER_MOVABLE" stops here
break rmqueue_bulk
continue
bt 5
break free_unref_page
continue
finish
printf "pcp count %d, zone free %ld\n", $pcp->count, $z->vm_stat[0].counter
# the table of section 6: the zone's min mark, and free counts on either
# side of what each set of flags makes of it (1 = true, 0 = false)
set $min = $z->_watermark[WMARK_MIN]
set $high = $min - $min / 2
set $harder = $high - $high / 4
define wmark_ok
printf "__zone_watermark_ok(z, %d, %ld, 0, %#x, %ld) = %d\n", $arg0, $min, $arg1, $arg2, __zone_watermark_ok($z, $arg0, $min, 0, $arg1, $arg2)
end
wmark_ok 0 0 $min+1
wmark_ok 0 0 $min
wmark_ok 0 0x20 $high+1
wmark_ok 0 0x20 $high
wmark_ok 0 0x30 $harder+1
wmark_ok 0 0x30 $harder
wmark_ok 10 0 $min+1023
wmark_ok 10 0 $min+1024
delete
continue
