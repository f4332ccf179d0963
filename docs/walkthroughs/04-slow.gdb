# 04-slow.gdb - the slow path without reclaim: a drain that rescues an
# order-10 allocation, then one that fails (chapter 04, section 9).
# From the top of the tree, after make (128 MB; 29 times "alloc 10"):
#   yes 'alloc 10' | head -n 29 | xargs -d '\n' python3 docs/walkthroughs/drive.py \
#       --mem 128M docs/walkthroughs/04-slow.gdb 'alloc 0 GFP_KERNEL|__GFP_RECLAIMABLE' 'free 0'
set pagination off
break shell_run
continue
delete
set $drained = 0
break wakeup_kswapd
commands
silent
printf "wakeup_kswapd(%s, order %d)\n", zone->name, order
continue
end
break drain_all_pages
commands
silent
printf "drain_all_pages()\n"
set $drained = 1
continue
end
break free_pcppages_bulk
commands
silent
printf "free_pcppages_bulk(%s, count %d)\n", zone->name, count
continue
end
# the page the shell gets, if a drain came first
break mm_shell_remember
commands
silent
if $drained
printf "after the drain: pfn %#lx order %u\n", (unsigned long)(page - mem_map) + mem_map_pfn_offset, order
set $drained = 0
end
continue
end
break warn_alloc
commands
silent
printf "warn_alloc()\n"
bt 3
p node_data[0]->kswapd_wakeups
end
continue
delete
continue
