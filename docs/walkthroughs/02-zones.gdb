# docs/walkthroughs/02-zones.gdb - chapter 02: the zones, mem_map and one
# struct page, read when the shell starts (all of memory is set up then).
# NODE_DATA() is a macro, so GDB reads node_data[] instead.
#
#   python3 docs/walkthroughs/drive.py --mem 5G docs/walkthroughs/02-zones.gdb
set pagination off
set trace-commands on
break shell_run
continue
p sizeof(struct page)
p/x mem_map
p/x mem_map_pfn_offset
# zone 1 of node 0: Normal
p node_data[0]->node_zones[1].name
p node_data[0]->node_zones[1].zone_start_pfn
p node_data[0]->node_zones[1].spanned_pages
p node_data[0]->node_zones[1].present_pages
p node_data[0]->node_zones[1].managed_pages
p node_data[0]->node_zones[1]._watermark
p node_data[0]->node_zones[0].lowmem_reserve
# the zonelist of node 0: where an allocation looks, in order
p node_data[0]->node_zonelists[0]._zonerefs[0]
p node_data[0]->node_zonelists[0]._zonerefs[1]
p node_data[0]->node_zonelists[0]._zonerefs[2]
# what a struct zone is made of, mostly
p sizeof(struct zone)
p sizeof(node_data[0]->node_zones[0].free_area)
p sizeof(node_data[0]->node_zones[0].per_cpu_pageset)
# pfn 0x100400, 4 MB into Normal: pfn_to_page() by hand, then the helpers
set $page = mem_map + (0x100400 - mem_map_pfn_offset)
p $page
lx-pfn_to_page 0x100400
lx-page 0x100400
# the zone number, from the top bits of flags
p/x $page->flags >> 60
lx-page_address $page
lx-virt_to_page 0xffff0000c0400000
# offsets of two fields in struct page
p &((struct page *)0)->private
p &((struct page *)0)->_refcount
delete
continue
